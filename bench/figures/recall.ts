import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { json, postJson } from '../http-json';
import { BenchOptions } from '../options';
import { affectedUnits, AssemblyPlan, RECALLED_LOT, writeAssembly } from '../recall/assembly-dataset';
import { RunningServer, startServer } from '../server';
import { median, msSince, percentile } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';
import { caughtUp, until } from './waits';

const PAGE_REQUESTS = 50;
// Each poll of a recall runs eight group-bys over its units, on the server's one thread: polling slower keeps the
// measurement from slowing the reactor. The quarantine takes seconds, so it is polled less often.
const POLL_MS = 200;
const QUARANTINE_POLL_MS = 500;

const planFor = (options: BenchOptions): AssemblyPlan => ({ cells: options.size === 'large' ? 80_000 : 8_000, cellsPerModule: 5, modulesPerPack: 4 });

/** Reads the streamed CSV to its end, counting lines without keeping them. */
async function csvLines(server: RunningServer, path: string): Promise<number> {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: server.authorization } });
  if (!response.ok || !response.body) throw new Error(`GET ${path}: ${response.status}`);
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return lines;
}

/** The unit the recall reactor reaches last (packs sort after cells and modules). */
const lastPack = (plan: AssemblyPlan) => `P-${plan.cells / plan.cellsPerModule / plan.modulesPerPack - 1}`;

/** Stop-ship is in force: a sale of an affected unit is refused, whether or not its hold is in its history yet. */
async function saleRefused(server: RunningServer, serial: string): Promise<void> {
  const url = `${server.url}/v1/units/PACK/${serial}/sale`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: server.authorization },
    body: JSON.stringify({ customer: 'BENCH', receipt: 'R-1' }),
  });
  if (response.status !== 409) throw new Error(`POST ${url} answered ${response.status}, not 409: ${await response.text()}`);
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
    await caughtUp(server);
    const recallId = `RC-BENCH-${run}`;
    const started = process.hrtime.bigint();
    const { position } = await postJson(server, '/v1/recalls', { recallId, lotIds: [RECALLED_LOT], reason: 'bench', severity: 'high' });
    // Read your writes: each poll waits until the read models have the recall, as a client should ask.
    const progress = () => json(server, `/v1/recalls/${recallId}`, { headers: { 'X-Min-Position': String(position) } });
    await until(async () => (await progress()).affected === affected, 'the affected set', POLL_MS);
    const recallMs = msSince(started);
    await saleRefused(server, lastPack(plan));
    const stopShipMs = msSince(started);
    await until(async () => (await progress()).quarantined === affected, 'quarantine of every affected unit', QUARANTINE_POLL_MS);
    const quarantineMs = msSince(started);
    const pageMs: number[] = [];
    for (let i = 0; i < PAGE_REQUESTS; i++) {
      const start = process.hrtime.bigint();
      await json(server, `/v1/lots/${RECALLED_LOT}/units?transitive=true&limit=1000`);
      pageMs.push(msSince(start));
    }
    const csvStart = process.hrtime.bigint();
    const lines = await csvLines(server, `/v1/recalls/${recallId}/units.csv`);
    const csvMs = msSince(csvStart);
    if (lines !== affected + 1) throw new Error(`the recall CSV has ${lines} lines, not ${affected + 1}`);
    return { affected, events, recallMs, stopShipMs, quarantineMs, pageP50: percentile(pageMs, 50), pageP99: percentile(pageMs, 99), csvMs };
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
  const stopShipMs = median(runs.map((r) => r.stopShipMs));
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
      what: `the same recall: a sale of the affected unit the reactor reaches last refused (409); every one of the ${affected} units with UnitQuarantined in its history`,
      result: `sale refused at ${ms(stopShipMs)}; all quarantined at ${ms(quarantineMs)}`,
      target: 'no target in the issue (informative)',
      verdict: 'not available',
      runs: runs.map((r) => ({ stopShipMs: r.stopShipMs, quarantineMs: r.quarantineMs })),
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
