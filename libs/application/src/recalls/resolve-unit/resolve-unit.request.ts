import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECALL_ACTIONS, RecallAction } from '@trace/domain';
import { IsIn } from 'class-validator';
import { IsText, Optional } from '../../shared/validators';
import { Resolution } from './resolve-unit.command';

export class ResolveUnitRequest implements Resolution {
  @ApiProperty({ enum: RECALL_ACTIONS })
  @IsIn(RECALL_ACTIONS)
  action: RecallAction;

  @ApiPropertyOptional({ example: 'seal replaced, tested OK' })
  @Optional()
  @IsText()
  note?: string;
}
