import { lotOfUnit, serialOf, SupplyChainPlan } from '../dataset/plan';
import { between, seededRandom } from '../dataset/random';
import { Target, runLoad } from '../load/load';
import { BenchOptions } from '../options';
import { median } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';

const WHERE_IS_RATE = 200;
const LOT_PAGE_RATE = 50;
const LOT_PAGE = 1000;
const WARM_UP_SECONDS = 1;

const wherePath = (plan: SupplyChainPlan, unit: number): string => {
  const lot = lotOfUnit(plan, unit);
  return `/v1/units/${encodeURIComponent(lot.sku)}/${encodeURIComponent(serialOf(unit))}`;
};

/** Paths of random units, or of random lots big enough to fill a page; a different sample every run. */
function samplePaths(plan: SupplyChainPlan, count: number, seed: number, kind: 'unit' | 'lot'): string[] {
  const random = seededRandom(seed);
  const fullLots = plan.lots.filter((lot) => lot.size >= LOT_PAGE);
  return Array.from({ length: count }, () =>
    kind === 'unit'
      ? wherePath(plan, between(random, 0, plan.units - 1))
      : `/v1/lots/${encodeURIComponent(fullLots[between(random, 0, fullLots.length - 1)].lotId)}/units?limit=${LOT_PAGE}`,
  );
}

async function pacedRuns(options: BenchOptions, target: Target, plan: SupplyChainPlan, kind: 'unit' | 'lot', rate: number) {
  await runLoad({ kind: 'paced-get', ...target, rate, paths: samplePaths(plan, rate * WARM_UP_SECONDS, 1, kind) });
  return repeat(options.runs, (run) => runLoad({ kind: 'paced-get', ...target, rate, paths: samplePaths(plan, rate * options.loadSeconds, 100 + run, kind) }));
}

/** P4 and P5 over HTTP against the read models of the whole data set, at a steady request rate. */
export async function measureReads(options: BenchOptions, target: Target, plan: SupplyChainPlan): Promise<Row[]> {
  progress(`P4 where-is-unit at ${WHERE_IS_RATE} requests/s among ${num(plan.units)} units`);
  const where = await pacedRuns(options, target, plan, 'unit', WHERE_IS_RATE);
  progress(`P5 first page of ${num(LOT_PAGE)} units of a lot at ${LOT_PAGE_RATE} requests/s`);
  const pages = await pacedRuns(options, target, plan, 'lot', LOT_PAGE_RATE);
  const summary = (runs: typeof where) => {
    const failed = runs.reduce((sum, run) => sum + run.requests - run.ok, 0);
    return `p50 ${ms(median(runs.map((run) => run.p50Ms)))}, p99 ${ms(median(runs.map((run) => run.p99Ms)))}${failed ? `, ${failed} failed` : ''}`;
  };
  const fine = (runs: typeof where, limitMs: number) => median(runs.map((run) => run.p99Ms)) <= limitMs && runs.every((run) => run.ok === run.requests);
  return [
    {
      id: 'P4',
      what: `GET /v1/units/{sku}/{serial} at ${WHERE_IS_RATE}/s, random units of ${num(plan.units)}`,
      result: summary(where),
      target: options.size === 'large' ? 'p99 ≤ 5 ms' : 'p99 ≤ 5 ms (at 1M units: large size)',
      verdict: verdict(fine(where, 5)),
      runs: where,
    },
    {
      id: 'P5',
      what: `GET /v1/lots/{lotId}/units?limit=${LOT_PAGE} at ${LOT_PAGE_RATE}/s, random lots`,
      result: summary(pages),
      target: 'p99 ≤ 30 ms',
      verdict: verdict(fine(pages, 30)),
      runs: pages,
    },
  ];
}
