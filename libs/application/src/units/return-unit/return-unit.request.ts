import { ApiProperty } from '@nestjs/swagger';
import { ReturnUnit } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto } from '../../shared/validators';
import { UnitChange } from '../change-unit/unit-change';

export class ReturnUnitRequest extends OccurredAtDto implements UnitChange {
  @ApiProperty({ example: 'leaks at the inlet' })
  @IsText()
  reason: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST/RMA', description: 'Where the returned unit is put' })
  @IsIdentifier()
  location: string;

  toCommand(): ReturnUnit {
    return { type: 'ReturnUnit', reason: this.reason, location: this.location };
  }
}
