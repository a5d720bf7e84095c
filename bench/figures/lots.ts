import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeLog } from '../dataset/event-log';
import { between, seededRandom } from '../dataset/random';
import { json, postJson } from '../http-json';
import { runLoad, Target } from '../load/load';
import { affectedLots, genealogyAppends, GenealogyPlan, genealogyRoots, levelSizes } from '../lots/genealogy-dataset';
import { stockLotAppends, stockLotId } from '../lots/stock-dataset';
import { BenchOptions } from '../options';
import { catchUp } from '../projector/catch-up';
import { startServer } from '../server';
import { median, msSince } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';
import { caughtUp, until } from './waits';

/** The issue's sizes, at both bench sizes: L1 at 100,000 lots, L2 a recall reaching 10,000 lots and more. */
const STOCK_LOTS = 100_000;
const GENEALOGY: GenealogyPlan = { roots: 10, fanOut: [10, 10, 9] };
/** As P4's where-is-unit. */
const STOCK_RATE = 200;
/** As P1. */
const CLIENTS = 32;
const WARM_UP_SECONDS = 1;
/** A poll of the recall reads its lot counts and one page of 100 lots: cheap next to the holds, so often. */
const RECALL_POLL_MS = 50;

const L1_TARGET_MS = 10;
const L2_TARGET_MS = 2_000;

interface StockAnswer {
  produced: number;
  adjusted: number;
  disposed: number;
  lostInTransit: number;
  atLocations: Array<{ quantity: number }>;
  inTransit: Array<{ quantity: number }>;
  withCustomers: Array<{ quantity: number }>;
  consumed: Array<{ quantity: number }>;
}

/** The issue's invariant, on a few lots: what is anywhere adds up to what was produced and adjusted. */
async function checkStock(target: Target, lots: number[]): Promise<void> {
  for (const lot of lots) {
    const stock = (await json(target, `/v1/lots/${stockLotId(lot)}/stock`)) as unknown as StockAnswer;
    const sum = (places: Array<{ quantity: number }>) => places.reduce((total, place) => total + place.quantity * 1e6, 0);
    const anywhere =
      sum(stock.atLocations) + sum(stock.inTransit) + sum(stock.withCustomers) + sum(stock.consumed) + (stock.disposed + stock.lostInTransit) * 1e6;
    if (Math.round(anywhere) !== Math.round((stock.produced + stock.adjusted) * 1e6))
      throw new Error(`the stock of ${stockLotId(lot)} does not add up: ${JSON.stringify(stock)}`);
  }
}

const stockPaths = (count: number, seed: number): string[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => `/v1/lots/${encodeURIComponent(stockLotId(between(random, 0, STOCK_LOTS - 1)))}/stock`);
};

/**
 * L1 and L3 on 100,000 lot-tracked lots, their read models built by the real projector beforehand, on the API as
 * `npm run start:api` runs it (as for P4 and P1): stock answers at a steady rate, then moves from 32 clients,
 * every run on lots no run before it moved.
 */
async function measureStockAndMoves(options: BenchOptions, workDir: string): Promise<Row[]> {
  const dataDir = join(workDir, 'lots');
  mkdirSync(dataDir, { recursive: true });
  progress(`L1/L3 lots: writing ${num(STOCK_LOTS)} lot-tracked lots, then projecting them`);
  const eventsFile = join(dataDir, 'events.sqlite');
  const { events } = await writeLog(eventsFile, stockLotAppends(STOCK_LOTS));
  await catchUp({ eventsFile, readFile: join(dataDir, 'read-models.sqlite'), mode: 'batched' });
  const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: 'FULL' });
  try {
    await checkStock(server, [0, 1, 8, 9, 10, STOCK_LOTS - 1]);
    progress(`L1 lot stock at ${STOCK_RATE} requests/s among ${num(STOCK_LOTS)} lots (${num(events)} events)`);
    await runLoad({ kind: 'paced-get', ...server, rate: STOCK_RATE, paths: stockPaths(STOCK_RATE * WARM_UP_SECONDS, 1) });
    const reads = await repeat(options.runs, (run) =>
      runLoad({ kind: 'paced-get', ...server, rate: STOCK_RATE, paths: stockPaths(STOCK_RATE * options.loadSeconds, 100 + run) }),
    );
    progress(`L3 lot moves: ${CLIENTS} clients for ${options.loadSeconds} s per run`);
    const pool = Math.floor(STOCK_LOTS / (options.runs + 1));
    const moves = (slice: number, seconds: number) =>
      runLoad({ kind: 'lot-moves', ...server, connections: CLIENTS, seconds, lots: { first: slice * pool, count: pool }, prefix: `r${slice}` });
    await moves(0, WARM_UP_SECONDS);
    const moveRuns = await repeat(options.runs, (run) => moves(run + 1, options.loadSeconds));

    const readP99 = median(reads.map((run) => run.p99Ms));
    const readFailures = reads.reduce((sum, run) => sum + run.requests - run.ok, 0);
    const commandsPerSecond = median(moveRuns.map((run) => (run.ok * 1000) / run.ms));
    const moveP99 = median(moveRuns.map((run) => run.p99Ms));
    const refused = moveRuns.reduce((sum, run) => sum + run.requests - run.ok, 0);
    return [
      {
        id: 'L1',
        what: `GET /v1/lots/{lotId}/stock at ${STOCK_RATE}/s, random lots of ${num(STOCK_LOTS)} lot-tracked lots`,
        result: `p50 ${ms(median(reads.map((run) => run.p50Ms)))}, p99 ${ms(readP99)}${readFailures ? `, ${readFailures} failed` : ''}`,
        target: `p99 ≤ ${L1_TARGET_MS} ms at ${num(STOCK_LOTS)} lots`,
        verdict: verdict(readP99 <= L1_TARGET_MS && readFailures === 0),
        runs: reads,
      },
      {
        id: 'L3',
        what: `POST /v1/lots/{lotId}/moves over HTTP, ${CLIENTS} clients, a different lot each, synchronous=FULL`,
        result: `${num(commandsPerSecond)} commands/s; p50 ${ms(median(moveRuns.map((run) => run.p50Ms)))}, p99 ${ms(moveP99)}${refused ? `; ${refused} not 2xx` : ''}`,
        target: '≥ 3,000 commands/s, p99 ≤ 25 ms (as P1)',
        verdict: verdict(commandsPerSecond >= 3000 && moveP99 <= 25 && refused === 0),
        runs: moveRuns,
      },
    ];
  } finally {
    await server.stop();
  }
}

/** One L2 run on a fresh data directory: the recall of every root, and when its progress counted how many lots. */
async function recallRun(workDir: string, run: number) {
  const expected = affectedLots(GENEALOGY);
  const dataDir = join(workDir, `lots-recall-${run}`);
  mkdirSync(dataDir, { recursive: true });
  const { events } = await writeLog(join(dataDir, 'events.sqlite'), genealogyAppends(GENEALOGY));
  // As `npm start` runs it: API, projector and recall reactor in one process.
  const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: 'FULL' }, { withProjector: true });
  try {
    await caughtUp(server);
    const recallId = `RC-LOTS-${run}`;
    const started = process.hrtime.bigint();
    const { position } = await postJson(server, '/v1/recalls', { recallId, lotIds: genealogyRoots(GENEALOGY), reason: 'bench', severity: 'high' });
    const answeredMs = msSince(started);
    // Every poll's count, with when it was answered: where the time went.
    const counts: Array<{ ms: number; affectedLots: number }> = [];
    await until(
      async () => {
        // Read your writes: each poll waits until the read models have the recall, as a client should ask.
        const { affectedLots: count } = (await json(server, `/v1/recalls/${recallId}`, { headers: { 'X-Min-Position': String(position) } })) as {
          affectedLots: number;
        };
        counts.push({ ms: msSince(started), affectedLots: count });
        if (count > expected) throw new Error(`recall ${recallId} counts ${count} affected lots, more than the ${expected} made from its lots`);
        return count === expected;
      },
      'the count of every affected lot',
      RECALL_POLL_MS,
    );
    const recallMs = msSince(started);
    const firstHoldMs = counts.find((poll) => poll.affectedLots > GENEALOGY.roots)?.ms ?? recallMs;
    return { expected, events, answeredMs, firstPollMs: counts[0].ms, firstHoldMs, recallMs, counts };
  } finally {
    await server.stop();
  }
}

/** L2: a recall of the roots of three levels of lot-to-lot production, until it counts every lot made from them. */
async function measureLotRecall(options: BenchOptions, workDir: string): Promise<Row> {
  const [, ...made] = levelSizes(GENEALOGY);
  const runs = await repeat(options.runs, (run) => {
    progress(`L2 lot recall: ${GENEALOGY.roots} lots feeding ${made.map(num).join(' → ')} lots, run ${run + 1} of ${options.runs}`);
    return recallRun(workDir, run);
  });
  const recallMs = median(runs.map((r) => r.recallMs));
  return {
    id: 'L2',
    what:
      `recall of ${GENEALOGY.roots} lots feeding ${num(made.reduce((sum, size) => sum + size, 0))} lots through 3 levels of lot-to-lot production: ` +
      `POST /v1/recalls until GET /v1/recalls/{id} counts every affected lot (${num(runs[0].expected)})`,
    result:
      `${ms(recallMs)} (201 at ${ms(median(runs.map((r) => r.answeredMs)))}, the first hold of a made lot counted at ` +
      `${ms(median(runs.map((r) => r.firstHoldMs)))})`,
    target: `≤ ${L2_TARGET_MS / 1000} s`,
    verdict: verdict(recallMs <= L2_TARGET_MS),
    runs,
  };
}

/** L1–L3, issue 16's lot-tracked goods. */
export async function measureLots(options: BenchOptions, workDir: string): Promise<Row[]> {
  return [...(await measureStockAndMoves(options, workDir)), await measureLotRecall(options, workDir)];
}
