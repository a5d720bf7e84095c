import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { json, postJson } from '../http-json';
import { BenchOptions } from '../options';
import { affectedUnits, AssemblyPlan, RECALLED_LOT, writeAssembly } from '../recall/assembly-dataset';
import { RunningServer, startServer } from '../server';
import { median, msSince, percentile } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';

const PAGE_REQUESTS = 50;
// Each poll of a recall runs six group-bys over its units: polling slower keeps the measurement from slowing the reactor.
const POLL_MS = 200;
const TIMEOUT_MS = 10 * 60_000;

const planFor = (options: BenchOptions): AssemblyPlan => ({ cells: options.size === 'large' ? 80_000 : 8_000, cellsPerModule: 5, modulesPerPack: 4 });

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const lag = async (server: RunningServer) => ((await json(`${server.url}/health`)).details as { projector: { lag: number } }).projector.lag;

/** Reads the streamed CSV to its end, counting lines without keeping them. */
async function csvLines(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`GET ${url}: ${response.status}`);
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return lines;
}

async function oneRun(options: BenchOptions, workDir: string, run: number) {
  const plan = planFor(options);
  const affected = affectedUnits(plan);
  const dataDir = join(workDir, `recall-${run}`);
  mkdirSync(dataDir, { recursive: true });
  progress(`P5 recall: ${num(affected)} units through 3 levels of assembly, run ${run + 1} of ${options.runs}`);
  const { events } = await writeAssembly(join(dataDir, 'events.sqlite'), plan);
  // As `npm start` runs it: API, projector and recall reactor in one process.
  const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: 'FULL' }, { withProjector: true });
  try {
    await until(async () => (await lag(server)) === 0, 'projector catch-up');
    const recallId = `RC-BENCH-${run}`;
    const started = process.hrtime.bigint();
    await postJson(`${server.url}/v1/recalls`, { recallId, lotIds: [RECALLED_LOT], reason: 'bench', severity: 'high' });
    const progress = () => json(`${server.url}/v1/recalls/${recallId}`);
    await until(async () => (await progress()).affected === affected, 'the affected set');
    const recallMs = msSince(started);
    await until(async () => (await progress()).quarantined === affected, 'quarantine of every affected unit');
    const quarantineMs = msSince(started);
    const pageMs: number[] = [];
    for (let i = 0; i < PAGE_REQUESTS; i++) {
      const start = process.hrtime.bigint();
      await json(`${server.url}/v1/lots/${RECALLED_LOT}/units?transitive=true&limit=1000`);
      pageMs.push(msSince(start));
    }
    const csvStart = process.hrtime.bigint();
    const lines = await csvLines(`${server.url}/v1/recalls/${recallId}/units.csv`);
    const csvMs = msSince(csvStart);
    if (lines !== affected + 1) throw new Error(`the recall CSV has ${lines} lines, not ${affected + 1}`);
    return { affected, events, recallMs, quarantineMs, pageP50: percentile(pageMs, 50), pageP99: percentile(pageMs, 99), csvMs };
  } finally {
    await server.stop();
  }
}

/** P5, recall side: quarantine of a lot's whole affected set, the first page of its transitive trace, its CSV. */
export async function measureRecall(options: BenchOptions, workDir: string): Promise<Row[]> {
  const runs = await repeat(options.runs, (run) => oneRun(options, workDir, run));
  const large = options.size === 'large';
  const affected = num(runs[0].affected);
  const recallMs = median(runs.map((r) => r.recallMs));
  const quarantineMs = median(runs.map((r) => r.quarantineMs));
  const p99 = median(runs.map((r) => r.pageP99));
  const csvMs = median(runs.map((r) => r.csvMs));
  return [
    {
      id: 'P5 recall',
      what: `recall of a lot feeding ${affected} units through 3 levels: POST /v1/recalls until GET /v1/recalls/{id} counts every affected unit`,
      result: ms(recallMs),
      target: '≤ 2 s for 100,000 units',
      verdict: large ? verdict(recallMs <= 2_000) : 'target is for the large size',
      runs,
    },
    {
      id: 'P5 quarantine',
      what: `the same recall until every one of the ${affected} units has UnitQuarantined in its history (stop-ship enforced)`,
      result: ms(quarantineMs),
      target: 'no target in the issue (informative)',
      verdict: 'not available',
      runs: runs.map((r) => r.quarantineMs),
    },
    {
      id: 'P5 trace',
      what: `first page (1,000) of GET /v1/lots/{lot}/units?transitive=true over ${affected} affected units`,
      result: `p50 ${ms(median(runs.map((r) => r.pageP50)))}, p99 ${ms(p99)}`,
      target: 'p99 ≤ 30 ms',
      verdict: verdict(p99 <= 30),
      runs: runs.map((r) => ({ p50: r.pageP50, p99: r.pageP99 })),
    },
    {
      id: 'P5 csv',
      what: `GET /v1/recalls/{id}/units.csv of ${affected} units, streamed`,
      result: ms(csvMs),
      target: '≤ 3 s for 100,000 units',
      verdict: large ? verdict(csvMs <= 3_000) : 'target is for the large size',
      runs: runs.map((r) => r.csvMs),
    },
  ];
}
