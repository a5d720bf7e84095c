import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoveUnit } from '@trace/domain';

import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto, Optional } from '../../shared/validators';
import { UnitChange } from '../change-unit/unit-change';

export class MoveUnitRequest extends OccurredAtDto implements UnitChange {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'WH-B', description: 'Location inside the company' })
  @IsIdentifier()
  to: string;

  @ApiPropertyOptional({ example: 'rebalance' })
  @Optional()
  @IsText()
  reason?: string;

  toCommand(): MoveUnit {
    return { type: 'MoveUnit', to: this.to, reason: this.reason };
  }
}
