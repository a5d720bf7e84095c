import { between, pad, seededRandom } from './random';

export interface LotPlan {
  lotId: string;
  sku: string;
  /** Index of the lot's first unit; its units are numbered firstUnit … firstUnit+size-1. */
  firstUnit: number;
  size: number;
  /** The plant warehouse its units are assigned at. */
  plant: string;
}

export interface SupplyChainPlan {
  lots: LotPlan[];
  units: number;
}

export const WAREHOUSES = 12;
export const DISTRIBUTION_CENTRES = 8;
export const SEED = 20_261_101;

export const serialOf = (unit: number): string => `SN-${pad(unit, 9)}`;
export const warehouse = (index: number): string => `WH-${pad(index % WAREHOUSES, 2)}`;

/** Lots of random sizes, each of one SKU, until the planned number of units is reached. */
export function planSupplyChain(config: { units: number; skus: number; minLotSize: number; maxLotSize: number }): SupplyChainPlan {
  const random = seededRandom(SEED);
  const lots: LotPlan[] = [];
  let firstUnit = 0;
  while (firstUnit < config.units) {
    const index = lots.length;
    const size = Math.min(between(random, config.minLotSize, config.maxLotSize), config.units - firstUnit);
    lots.push({ lotId: `LOT-${pad(index, 6)}`, sku: `SKU-${pad(index % config.skus, 4)}`, firstUnit, size, plant: warehouse(index) });
    firstUnit += size;
  }
  return { lots, units: firstUnit };
}

/** The lot a unit belongs to (binary search over the lots' first units). */
export function lotOfUnit(plan: SupplyChainPlan, unit: number): LotPlan {
  let low = 0;
  let high = plan.lots.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (plan.lots[middle].firstUnit <= unit) low = middle;
    else high = middle - 1;
  }
  return plan.lots[low];
}
