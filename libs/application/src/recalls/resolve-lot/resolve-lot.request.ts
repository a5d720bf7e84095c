import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOT_RECALL_ACTIONS, LotRecallAction } from '@trace/domain';
import { IsIn } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, Optional } from '../../shared/validators';

/** `/v1/recalls/{recallId}/lots/{lotId}` */
export class RecallLotParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'RC-2026-017' })
  @IsIdentifier()
  recallId: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'FLOUR-2026-11' })
  @IsIdentifier()
  lotId: string;
}

export class ResolveLotRequest {
  @ApiProperty({ enum: LOT_RECALL_ACTIONS, description: 'returned or destroyed: its stock came back or was destroyed; released: found fine' })
  @IsIn(LOT_RECALL_ACTIONS)
  action: LotRecallAction;

  @ApiPropertyOptional({ example: 'all 40 kg destroyed at the mill' })
  @Optional()
  @IsText()
  note?: string;
}
