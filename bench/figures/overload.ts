import { SupplyChainPlan } from '../dataset/plan';
import { Target, runLoad } from '../load/load';
import { BenchOptions } from '../options';
import { median } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';

/** How far beyond P1's throughput O1 offers commands. */
const OVERLOAD = 4;

/**
 * O1: commands offered at four times the throughput P1 measured, on the same server. Beyond MAX_PENDING_COMMANDS
 * the service refuses at once (503, Retry-After): the accepted commands must keep a p99 within twice P1's, and
 * no request may go unanswered.
 */
export async function measureOverload(options: BenchOptions, target: Target, plan: SupplyChainPlan, p1: { perSecond: number; p99Ms: number }): Promise<Row> {
  const rate = Math.round(p1.perSecond * OVERLOAD);
  const count = rate * options.loadSeconds;
  progress(`O1 overload: ${num(rate)} commands/s offered (${OVERLOAD}× P1) for ${options.loadSeconds} s per run`);
  const { sku } = plan.lots[0];
  const runs = await repeat(options.runs, (run) => runLoad({ kind: 'paced-commands', ...target, rate, count, sku, prefix: `O1-${run}-` }));
  const p99 = median(runs.map((run) => run.p99Ms));
  const lost = runs.reduce((sum, run) => sum + run.lost + run.other, 0);
  const share = (field: 'ok' | 'refused') => median(runs.map((run) => run[field] / run.requests));
  return {
    id: 'O1',
    what: `POST /v1/units offered at ${OVERLOAD}× P1 (${num(rate)}/s, open loop), MAX_PENDING_COMMANDS default`,
    result:
      `offered ${num(median(runs.map((run) => run.offeredPerSecond)))}/s; accepted ${num(median(runs.map((run) => (run.ok * 1000) / run.ms)))}/s ` +
      `(${Math.round(share('ok') * 100)} %), p99 ${ms(p99)} (P1 ${ms(p1.p99Ms)}); refused 503 ${Math.round(share('refused') * 100)} % ` +
      `(p99 ${ms(median(runs.map((run) => run.refusedP99Ms)))}); unanswered ${lost}`,
    target: 'accepted p99 ≤ 2× P1 p99, the rest 503, none unanswered',
    verdict: verdict(p99 <= 2 * p1.p99Ms && lost === 0),
    runs,
  };
}
