import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECALL_SEVERITIES, RecallSeverity } from '@trace/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto, Optional, UnitRefRequest } from '../../shared/validators';
import { RecallToOpen } from './open-recall.command';

export class OpenRecallRequest extends OccurredAtDto implements RecallToOpen {
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

  @ApiPropertyOptional({ type: [UnitRefRequest], description: 'Recalled units: each, and whatever it is built into' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => UnitRefRequest)
  units?: UnitRefRequest[];

  @ApiProperty({ example: 'seal material out of specification' })
  @IsText()
  reason: string;

  @ApiProperty({ enum: RECALL_SEVERITIES })
  @IsIn(RECALL_SEVERITIES)
  severity: RecallSeverity;
}
