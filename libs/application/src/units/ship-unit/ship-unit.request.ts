import { ApiProperty } from '@nestjs/swagger';
import { ShipUnit } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';
import { UnitChange } from '../change-unit/unit-change';

export class ShipUnitRequest extends OccurredAtDto implements UnitChange {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST', description: 'Receiving party' })
  @IsIdentifier()
  to: string;

  toCommand(): ShipUnit {
    return { type: 'ShipUnit', to: this.to, occurredAt: this.occurredAt };
  }
}
