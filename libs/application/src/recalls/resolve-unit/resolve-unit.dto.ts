import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECALL_ACTIONS, RecallAction } from '@trace/domain';
import { IsIn, IsOptional } from 'class-validator';
import { IsText } from '../../shared/validators';

export class ResolveUnitDto {
  @ApiProperty({ enum: RECALL_ACTIONS })
  @IsIn(RECALL_ACTIONS)
  action: RecallAction;

  @ApiPropertyOptional({ example: 'seal replaced, tested OK' })
  @IsOptional()
  @IsText()
  note?: string;
}
