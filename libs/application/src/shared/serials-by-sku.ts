import { UnitRef } from '@trace/domain';

/** Serials grouped by SKU: one indexed read of (sku, serial in [...]) per group instead of one per unit. */
export function serialsBySku(units: UnitRef[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { sku, serial } of units) {
    const serials = groups.get(sku);
    if (serials) serials.push(serial);
    else groups.set(sku, [serial]);
  }
  return groups;
}
