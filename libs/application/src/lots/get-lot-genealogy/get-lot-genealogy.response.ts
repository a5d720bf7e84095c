import { ApiProperty } from '@nestjs/swagger';
import { ConsumedQuantityResponse } from '../get-lot-stock/get-lot-stock.response';

/** `quantity` (in the input's unit of measure) of lot `from` went into a lot or a unit, `depth` links away from the lot asked about. */
export class LotLinkResponse extends ConsumedQuantityResponse {
  @ApiProperty({ example: 'FLOUR-2026-11', description: 'The input lot' })
  from: string;

  @ApiProperty({ example: 'KGM', description: 'The input lot’s unit of measure' })
  uom: string;

  @ApiProperty({ example: 1 })
  depth: number;
}

export class LotGenealogyResponse {
  @ApiProperty({ example: 'DOUGH-2026-11-03' })
  lotId: string;

  @ApiProperty({ type: [LotLinkResponse], description: 'What it was made from, at any depth: each link into it or into one of its inputs' })
  madeFrom: LotLinkResponse[];

  @ApiProperty({ type: [LotLinkResponse], description: 'What was made from it, at any depth: lots, and units that consumed it or any of them' })
  madeInto: LotLinkResponse[];
}
