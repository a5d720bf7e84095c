import { ApiProperty } from '@nestjs/swagger';
import { RepairUnit } from '@trace/domain';
import { IsText, OccurredAtDto } from '../../shared/validators';
import { UnitChange } from '../change-unit/change-unit.command';

export class RepairUnitDto extends OccurredAtDto implements UnitChange {
  @ApiProperty({ example: 'replaced inlet seal' })
  @IsText()
  description: string;

  toCommand(): RepairUnit {
    return { type: 'RepairUnit', description: this.description };
  }
}
