import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';
import { IsContainerId } from '../container-params';

/** Every packed unit and container is read and written in one atomic command: a full pallet, not a warehouse. */
export const MAX_PACKED_AT_ONCE = 1000;

export class UnitRefDto {
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  sku: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'SN-000123' })
  @IsIdentifier()
  serial: string;
}

export class PackContentsDto extends OccurredAtDto {
  @ApiPropertyOptional({ type: [UnitRefDto], maxItems: MAX_PACKED_AT_ONCE, description: 'Units to pack; each must be where the container is' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PACKED_AT_ONCE)
  @ValidateNested({ each: true })
  @Type(() => UnitRefDto)
  units?: UnitRefDto[];

  @ApiPropertyOptional({ type: [String], maxItems: MAX_PACKED_AT_ONCE, description: 'Containers to nest inside this one', example: ['CASE-7'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PACKED_AT_ONCE)
  @IsContainerId({ each: true })
  containers?: string[];
}
