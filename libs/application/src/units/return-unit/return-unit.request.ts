import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { ReturnUnit } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto, Optional } from '../../shared/validators';
import { UnitChange } from '../change-unit/unit-change';

export class ReturnUnitRequest extends OccurredAtDto implements UnitChange {
  @ApiProperty({ example: 'leaks at the inlet' })
  @IsText()
  reason: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST/RMA', description: 'Where the returned unit is put' })
  @IsIdentifier()
  location: string;

  @ApiPropertyOptional({
    ...IDENTIFIER_SCHEMA,
    example: 'ACME',
    description: 'Who brings it back: refused 409 `return-by-buyer` unless the customer it was sold to',
  })
  @Optional()
  @IsIdentifier()
  customer?: string;

  @ApiPropertyOptional({ description: 'Take it back from someone other than the buyer all the same (needs overrideReason)' })
  @Optional()
  @IsBoolean()
  force?: boolean;

  @ApiPropertyOptional({ example: 'gift receipt: bought by ACME for the returning party', minLength: 1, maxLength: 500 })
  @Optional()
  @IsText()
  overrideReason?: string;

  toCommand(): ReturnUnit {
    const { reason, location, customer, force, overrideReason } = this;
    return { type: 'ReturnUnit', reason, location, customer, force, overrideReason };
  }
}
