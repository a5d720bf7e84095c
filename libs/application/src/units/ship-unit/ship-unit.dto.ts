import { ApiProperty } from '@nestjs/swagger';
import { ShipUnit } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';
import { UnitChange } from '../change-unit/change-unit.command';

export class ShipUnitDto extends OccurredAtDto implements UnitChange {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST', description: 'Receiving party' })
  @IsIdentifier()
  to: string;

  toCommand(): ShipUnit {
    return { type: 'ShipUnit', to: this.to, occurredAt: this.occurredAt };
  }
}
