import { SupplyChainPlan } from '../dataset/plan';
import { postJson } from '../http-json';
import { SerialRange, Target, runLoad } from '../load/load';
import { BenchOptions } from '../options';
import { median } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';

const BATCH = 10_000;
const CLIENTS = 32;
const WARM_UP_SECONDS = 1;

/**
 * P2 then P1 over HTTP, on the API as it runs with `durability`. P2's bulk assignments create the fresh units
 * whose lives P1 then sends, command by command, from 32 concurrent clients.
 */
export async function measureWrites(options: BenchOptions, target: Target, plan: SupplyChainPlan, durability: 'FULL' | 'NORMAL'): Promise<Row[]> {
  const { sku } = plan.lots[0];
  // A lot of its own, declared as large as what P2 assigns from it: the data set's lots are full, and a lot takes no
  // more serials than its declared quantity.
  const lotId = `HTTP-${durability}`;
  await postJson(target, '/v1/lots', { lotId, sku, quantity: (1 + options.runs * options.bulkRequests) * BATCH });
  const serials = (run: string, requests: number): SerialRange => ({ prefix: `HTTP-${durability}-${run}-`, first: 0, count: requests * BATCH, width: 6 });
  const batches = ({ prefix, first, count, width }: SerialRange): SerialRange[] =>
    Array.from({ length: count / BATCH }, (_, i) => ({ prefix, first: first + i * BATCH, count: BATCH, width }));
  const bulk = (range: SerialRange) => runLoad({ kind: 'bulk-assign', ...target, sku, lotId, location: 'WH-IN', batches: batches(range) });
  const lives = (range: SerialRange, seconds: number) => runLoad({ kind: 'unit-lives', ...target, connections: CLIENTS, seconds, sku, serials: range });

  progress(`P2 bulk assignment, synchronous=${durability}: ${options.bulkRequests} requests of ${num(BATCH)} serials per run`);
  await bulk(serials('warm-up', 1));
  const bulkRuns = await repeat(options.runs, (run) => bulk(serials(`r${run}`, options.bulkRequests)));
  progress(`P1 single commands, synchronous=${durability}: ${CLIENTS} clients for ${options.loadSeconds} s per run`);
  await lives(serials('warm-up', 1), WARM_UP_SECONDS);
  const lifeRuns = await repeat(options.runs, (run) => lives(serials(`r${run}`, options.bulkRequests), options.loadSeconds));

  const serialsPerSecond = median(bulkRuns.map((run) => (run.items * 1000) / run.ms));
  const bulkComplete = bulkRuns.every((run) => run.items === options.bulkRequests * BATCH);
  const commandsPerSecond = median(lifeRuns.map((run) => (run.ok * 1000) / run.ms));
  const p99 = median(lifeRuns.map((run) => run.p99Ms));
  const refused = lifeRuns.reduce((sum, run) => sum + run.requests - run.ok, 0);
  const label = durability === 'FULL' ? '' : ' NORMAL';
  return [
    {
      id: `P1${label}`,
      what: `single-event commands (move, ship, receive, sell, return, repair) over HTTP, ${CLIENTS} clients, synchronous=${durability}`,
      result: `${num(commandsPerSecond)} commands/s; p50 ${ms(median(lifeRuns.map((run) => run.p50Ms)))}, p99 ${ms(p99)}${refused ? `; ${refused} not 2xx` : ''}`,
      target: '≥ 3,000 commands/s, p99 ≤ 25 ms',
      verdict: verdict(commandsPerSecond >= 3000 && p99 <= 25 && refused === 0),
      runs: lifeRuns,
    },
    {
      id: `P2${label}`,
      what: `POST /v1/units/batch, ${num(BATCH)} listed serials per request, ${options.bulkRequests} requests in a row, synchronous=${durability}`,
      result: `${num(serialsPerSecond)} serials/s; ${ms(median(bulkRuns.map((run) => run.p50Ms)))} per request${bulkComplete ? '' : '; NOT ALL ASSIGNED'}`,
      target: '≥ 100,000 serials/s',
      verdict: verdict(serialsPerSecond >= 100_000 && bulkComplete),
      runs: bulkRuns,
    },
  ];
}
