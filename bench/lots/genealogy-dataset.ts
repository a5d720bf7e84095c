import { AppendRequest } from '@trace/event-store';
import { pad } from '../dataset/random';
import { LotLog } from './lot-log';

/** Root lots, and how many lots each lot of a level goes into at the next: three levels of production. */
export interface GenealogyPlan {
  roots: number;
  fanOut: number[];
}

const LEVELS = ['FLOUR', 'DOUGH', 'BREAD', 'PACK'];
/** Each made lot also takes an ingredient nobody recalls: it must not count as affected. */
const INGREDIENT = 'SALT';

export const genealogyLotId = (level: number, index: number): string => `${LEVELS[level]}-${pad(index, 6)}`;
export const genealogyRoots = (plan: GenealogyPlan): string[] => Array.from({ length: plan.roots }, (_, i) => genealogyLotId(0, i));

/** Lots per level, roots first. */
export function levelSizes(plan: GenealogyPlan): number[] {
  const sizes = [plan.roots];
  for (const fanOut of plan.fanOut) sizes.push(sizes[sizes.length - 1] * fanOut);
  return sizes;
}

/** A recall of every root reaches every lot of the tree: the roots and all made from them. */
export const affectedLots = (plan: GenealogyPlan): number => levelSizes(plan).reduce((sum, size) => sum + size, 0);

const QUANTITY = 1000;
const PER_CHILD = 10.5;
const START = Date.UTC(2026, 0, 5);

/**
 * Lot-to-lot production as the API would have recorded it: flour lots, each made into `fanOut[0]` dough lots, each
 * into `fanOut[1]` bread lots, each into `fanOut[2]` packs. Every made lot is registered with its stock, then takes
 * 10.5 of its parent (one consumption, two streams), and a made lot of the first level takes salt too. A level is
 * made after the one before it, a second apart per lot. Batches of about 1,000 lots.
 */
export function* genealogyAppends(plan: GenealogyPlan): Generator<AppendRequest[]> {
  const log = new LotLog();
  let tick = 0;
  const at = () => new Date(START + tick++ * 1000).toISOString();
  const register = (lotId: string, sku: string, uom: string, occurredAt: string) =>
    log.register(
      { lotId, sku, producedAt: occurredAt.slice(0, 10), expiresAt: '2027-01-05', site: 'PLANT-1', quantity: QUANTITY, uom, location: `${sku}-STORE` },
      occurredAt,
    );
  for (let root = 0; root < plan.roots; root++) {
    const occurredAt = at();
    register(genealogyLotId(0, root), LEVELS[0], 'KGM', occurredAt);
    register(`${INGREDIENT}-${pad(root, 6)}`, INGREDIENT, 'KGM', occurredAt);
  }
  yield log.take();
  const sizes = levelSizes(plan);
  for (let level = 1; level < sizes.length; level++) {
    const fanOut = plan.fanOut[level - 1];
    for (let index = 0; index < sizes[level]; index++) {
      const occurredAt = at();
      const parent = Math.floor(index / fanOut);
      const lotId = genealogyLotId(level, index);
      register(lotId, LEVELS[level], level === sizes.length - 1 ? 'EA' : 'KGM', occurredAt);
      log.consume(genealogyLotId(level - 1, parent), `${LEVELS[level - 1]}-STORE`, PER_CHILD, lotId, occurredAt);
      if (level === 1) log.consume(`${INGREDIENT}-${pad(parent, 6)}`, `${INGREDIENT}-STORE`, 1.25, lotId, occurredAt);
      if (index % 1_000 === 999) yield log.take();
    }
  }
  const rest = log.take();
  if (rest.length) yield rest;
}
