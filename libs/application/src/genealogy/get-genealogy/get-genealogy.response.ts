import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UnitRef } from '@trace/domain';
import { UnitRefResponse } from '../../shared/responses';

/** A lot a unit was made from or consumed. */
export class GenealogyLotResponse {
  @ApiProperty({ example: 'GLUE-2026-11' })
  lotId: string;

  @ApiProperty({ enum: ['lot', 'consumed'], description: 'Assigned from the lot (`lot`) or material taken from it (`consumed`)' })
  how: 'lot' | 'consumed';

  @ApiPropertyOptional({ example: 0.25, description: 'For consumed material: the amount taken from the lot so far; absent when none was recorded' })
  quantity?: number;
}

/** A unit in a genealogy tree: its lots and the units built into it, each a node of the same shape. */
export class GenealogyNodeResponse {
  @ApiProperty({ example: 'PACK-48V' })
  sku: string;

  @ApiProperty({ example: 'P-000007' })
  serial: string;

  @ApiProperty({ type: [GenealogyLotResponse], description: 'Lots this unit itself was made from or consumed' })
  lots: GenealogyLotResponse[];

  @ApiProperty({ type: () => [GenealogyNodeResponse], description: 'Units built into this one, each with its own lots and components' })
  components: GenealogyNodeResponse[];
}

/** What a unit is built from at any depth, and what it is built into. */
export class GenealogyResponse {
  @ApiProperty({ type: UnitRefResponse })
  unit: UnitRef;

  @ApiProperty({ type: GenealogyNodeResponse, description: 'Components and lots at any depth, rooted at the unit' })
  tree: GenealogyNodeResponse;

  @ApiProperty({ type: [UnitRefResponse], description: 'The units this one is built into, nearest first up to the outermost; empty when none' })
  parents: UnitRef[];
}
