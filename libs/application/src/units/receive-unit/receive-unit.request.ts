import { ApiProperty } from '@nestjs/swagger';
import { ReceiveUnit } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';
import { UnitChange } from '../change-unit/unit-change';

export class ReceiveUnitRequest extends OccurredAtDto implements UnitChange {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST', description: 'Party that received the unit' })
  @IsIdentifier()
  by: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST/BAY-1' })
  @IsIdentifier()
  location: string;

  toCommand(): ReceiveUnit {
    return { type: 'ReceiveUnit', by: this.by, location: this.location };
  }
}
