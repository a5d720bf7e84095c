import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { identifierProblem, InvalidInput } from '@trace/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsIdentifier, Optional } from '../../shared/validators';
import { NewUnitsRequest } from '../assign-serial/assign-serial.request';

export const MAX_BATCH = 10_000;

/** Serials `prefix` + zero-padded numbers start … start+count-1, e.g. SN-000001 … SN-010000. */
export class SerialRangeRequest {
  @ApiProperty({ example: 'SN-', description: 'May be empty' })
  @IsString()
  @MaxLength(63)
  prefix: string;

  @ApiProperty({ example: 1, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  start: number;

  @ApiProperty({ example: 1000, minimum: 1, maximum: MAX_BATCH })
  @IsInt()
  @Min(1)
  @Max(MAX_BATCH)
  count: number;

  @ApiProperty({ example: 6, minimum: 1, maximum: 20, description: 'Digits, zero-padded' })
  @IsInt()
  @Min(1)
  @Max(20)
  width: number;
}

export class AssignSerialsRequest extends NewUnitsRequest {
  @ApiPropertyOptional({ type: [String], maxItems: MAX_BATCH, description: 'Either serials or range' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH)
  @IsIdentifier({ each: true })
  serials?: string[];

  @ApiPropertyOptional({ type: SerialRangeRequest, description: 'Either serials or range' })
  @Optional()
  @ValidateNested()
  @Type(() => SerialRangeRequest)
  range?: SerialRangeRequest;

  /** The requested serials, checked: exactly one of the two forms, no duplicates, every serial valid. */
  serialList(): string[] {
    if ((this.serials === undefined) === (this.range === undefined)) {
      throw InvalidInput.field('serials', 'give either serials or range, not both and not neither');
    }
    const serials = this.serials ?? expand(this.range as SerialRangeRequest);
    const seen = new Set<string>();
    const duplicates = serials.filter((serial) => seen.size === seen.add(serial).size);
    if (duplicates.length) throw InvalidInput.field('serials', `contains duplicates: ${[...new Set(duplicates)].slice(0, 10).join(', ')}`);
    return serials;
  }
}

function expand({ prefix, start, count, width }: SerialRangeRequest): string[] {
  const last = String(start + count - 1);
  if (last.length > width) throw InvalidInput.field('range.width', `${width} digits cannot hold ${last}`);
  const serials = Array.from({ length: count }, (_, i) => prefix + String(start + i).padStart(width, '0'));
  const problem = identifierProblem(serials[serials.length - 1]) ?? identifierProblem(serials[0]);
  if (problem) throw InvalidInput.field('range.prefix', `generated serials ${problem}`);
  return serials;
}
