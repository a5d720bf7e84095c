import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECALL_SEVERITIES, RecallSeverity } from '@trace/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto, Optional } from '../../shared/validators';

export class UnitRefDto {
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  sku: string;

  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  serial: string;
}

export class OpenRecallDto extends OccurredAtDto {
  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'RC-2026-017', description: 'Generated when absent' })
  @Optional()
  @IsIdentifier()
  recallId?: string;

  @ApiPropertyOptional({ type: [String], example: ['LOT-7'], description: 'Recalled lots: every unit from them, at any depth of assembly' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsIdentifier({ each: true })
  lotIds?: string[];

  @ApiPropertyOptional({ type: [UnitRefDto], description: 'Recalled units: each, and whatever it is built into' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => UnitRefDto)
  units?: UnitRefDto[];

  @ApiProperty({ example: 'seal material out of specification' })
  @IsText()
  reason: string;

  @ApiProperty({ enum: RECALL_SEVERITIES })
  @IsIn(RECALL_SEVERITIES)
  severity: RecallSeverity;
}
