import { ApiProperty } from '@nestjs/swagger';
import { ScrapUnit } from '@trace/domain';
import { IsText, OccurredAtDto } from '../../shared/validators';
import { UnitChange } from '../change-unit/change-unit.command';

export class ScrapUnitDto extends OccurredAtDto implements UnitChange {
  @ApiProperty({ example: 'cracked housing' })
  @IsText()
  reason: string;

  toCommand(): ScrapUnit {
    return { type: 'ScrapUnit', reason: this.reason };
  }
}
