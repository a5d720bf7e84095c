import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECALL_ACTIONS, RecallAction } from '@trace/domain';
import { IsIn } from 'class-validator';
import { IsText, Optional } from '../../shared/validators';

export class ResolveUnitDto {
  @ApiProperty({ enum: RECALL_ACTIONS })
  @IsIn(RECALL_ACTIONS)
  action: RecallAction;

  @ApiPropertyOptional({ example: 'seal replaced, tested OK' })
  @Optional()
  @IsText()
  note?: string;
}
