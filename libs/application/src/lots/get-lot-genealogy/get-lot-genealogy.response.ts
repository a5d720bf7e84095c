import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UnitRefResponse } from '../../shared/responses';

/** `quantity` (in the input's unit of measure) of lot `from` went into a lot or a unit, `depth` links away from the lot asked about. */
export class LotLinkResponse {
  @ApiProperty({ example: 'FLOUR-2026-11', description: 'The input lot' })
  from: string;

  @ApiPropertyOptional({ example: 'DOUGH-2026-11-03' })
  intoLot?: string;

  @ApiPropertyOptional({ type: UnitRefResponse })
  intoUnit?: UnitRefResponse;

  @ApiProperty({ example: 30 })
  quantity: number;

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
