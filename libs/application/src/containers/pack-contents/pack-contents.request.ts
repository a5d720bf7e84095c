import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { OccurredAtDto, Optional, UnitRefRequest } from '../../shared/validators';
import { IsContainerId } from '../../shared/validators';

/** Every packed unit and container is read and written in one atomic command: a full pallet, not a warehouse. */
export const MAX_PACKED_AT_ONCE = 1000;

export class PackContentsRequest extends OccurredAtDto {
  @ApiPropertyOptional({ type: [UnitRefRequest], maxItems: MAX_PACKED_AT_ONCE, description: 'Units to pack; each must be where the container is' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_PACKED_AT_ONCE)
  @ValidateNested({ each: true })
  @Type(() => UnitRefRequest)
  units?: UnitRefRequest[];

  @ApiPropertyOptional({ type: [String], maxItems: MAX_PACKED_AT_ONCE, description: 'Containers to nest inside this one', example: ['CASE-7'] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_PACKED_AT_ONCE)
  @IsContainerId({ each: true })
  containers?: string[];
}
