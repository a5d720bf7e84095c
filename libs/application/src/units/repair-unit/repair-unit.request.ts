import { ApiProperty } from '@nestjs/swagger';
import { RepairUnit } from '@trace/domain';
import { IsText, OccurredAtDto } from '../../shared/validators';
import { UnitChange } from '../change-unit/unit-change';

export class RepairUnitRequest extends OccurredAtDto implements UnitChange {
  @ApiProperty({ example: 'replaced inlet seal' })
  @IsText()
  description: string;

  toCommand(): RepairUnit {
    return { type: 'RepairUnit', description: this.description };
  }
}
