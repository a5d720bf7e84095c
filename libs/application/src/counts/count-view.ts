import { CountCounters, LotFinding, quantityOf } from '@trace/domain';
import { CountCountersResponse } from './get-count/get-count.response';

const COUNTERS: ReadonlyArray<keyof CountCounters> = ['expected', 'counted', 'matched', 'left', 'missing', 'unexpected', 'unknown', 'duplicates'];

/**
 * A report's numbers as answered. Hidden (a blind count, open, asked by a non-admin): every counter is null and each
 * lot shows only what was counted, so counters learn nothing of the expectation.
 */
export function countersOf(counters: { [Counter in keyof CountCounters]: number | null }, lots: LotFinding[], hidden: boolean): CountCountersResponse {
  const answered = Object.fromEntries(COUNTERS.map((name) => [name, hidden ? null : counters[name]])) as unknown as CountCountersResponse;
  answered.lots = lots
    .filter((lot) => !hidden || lot.counted !== 0)
    .map((lot) => ({
      lotId: lot.lotId,
      expected: hidden ? null : quantityOf(lot.expected),
      counted: quantityOf(lot.counted),
      difference: hidden ? null : quantityOf(lot.difference),
    }));
  return answered;
}
