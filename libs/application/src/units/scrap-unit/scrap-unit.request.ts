import { ApiProperty } from '@nestjs/swagger';
import { ScrapUnit } from '@trace/domain';
import { IsText, OccurredAtDto } from '../../shared/validators';
import { UnitChange } from '../change-unit/unit-change';

export class ScrapUnitRequest extends OccurredAtDto implements UnitChange {
  @ApiProperty({ example: 'cracked housing' })
  @IsText()
  reason: string;

  toCommand(): ScrapUnit {
    return { type: 'ScrapUnit', reason: this.reason };
  }
}
