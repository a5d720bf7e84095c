import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeLog } from '../dataset/event-log';
import { FIND_CUSTOMER, FIND_RECALLS, FIND_UNITS, findRecallAppends, findUnitAppends, OWNED } from '../find/find-dataset';
import { json } from '../http-json';
import { runLoad, Target } from '../load/load';
import { BenchOptions } from '../options';
import { catchUp } from '../projector/catch-up';
import { startServer } from '../server';
import { median } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';

const CUSTOMER_RATE = 20;
const RECALLS_RATE = 200;
const WARM_UP_SECONDS = 1;
const CUSTOMER_TARGET_MS = 30;
const RECALLS_TARGET_MS = 10;

const customerPath = `/v1/units?customer=${FIND_CUSTOMER}&limit=${OWNED}`;
const openRecallsPath = '/v1/recalls?state=open';

/** The answers are right before they are timed: every unit the customer owns in one page, the newest open recalls first. */
async function checkAnswers(target: Target): Promise<void> {
  const owned = (await json(target, customerPath)) as { items: Array<{ customer: string }>; nextCursor: string | null };
  if (owned.items.length !== OWNED || owned.nextCursor !== null || owned.items.some((unit) => unit.customer !== FIND_CUSTOMER)) {
    throw new Error(`${customerPath} answered ${owned.items.length} units (cursor ${owned.nextCursor}), not the customer's ${OWNED}`);
  }
  const open = (await json(target, openRecallsPath)) as { items: Array<{ recallId: string; state: string }> };
  const newest = `RC-${String(FIND_RECALLS - 2).padStart(5, '0')}`;
  if (open.items.length !== 100 || open.items[0].recallId !== newest || open.items.some((recall) => recall.state !== 'open')) {
    throw new Error(`${openRecallsPath} answered ${open.items.length} recalls from ${open.items[0]?.recallId}, not 100 open ones from ${newest}`);
  }
}

async function paced(options: BenchOptions, target: Target, path: string, rate: number) {
  const paths = (seconds: number) => Array.from({ length: rate * seconds }, () => path);
  await runLoad({ kind: 'paced-get', ...target, rate, paths: paths(WARM_UP_SECONDS) });
  return repeat(options.runs, () => runLoad({ kind: 'paced-get', ...target, rate, paths: paths(options.loadSeconds) }));
}

/**
 * F1 at both bench sizes, on its own log (a million units, ten thousand recalls) projected beforehand by the real
 * projector, on the API as `npm run start:api` runs it: a customer's thousand units in one page, and the open recalls.
 */
export async function measureFind(options: BenchOptions, workDir: string): Promise<Row[]> {
  const dataDir = join(workDir, 'find');
  mkdirSync(dataDir, { recursive: true });
  progress(`F1 finding things: writing ${num(FIND_UNITS)} units and ${num(FIND_RECALLS)} recalls, then projecting them`);
  const eventsFile = join(dataDir, 'events.sqlite');
  await writeLog(eventsFile, findUnitAppends());
  await writeLog(eventsFile, findRecallAppends());
  await catchUp({ eventsFile, readFile: join(dataDir, 'read-models.sqlite'), mode: 'batched' });
  const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: 'FULL' });
  try {
    await checkAnswers(server);
    progress(`F1 ${customerPath} at ${CUSTOMER_RATE}/s, then ${openRecallsPath} at ${RECALLS_RATE}/s`);
    const customer = await paced(options, server, customerPath, CUSTOMER_RATE);
    const recalls = await paced(options, server, openRecallsPath, RECALLS_RATE);
    const row = (runs: typeof customer, what: string, targetMs: number, at: string): Row => {
      const p99 = median(runs.map((run) => run.p99Ms));
      const failed = runs.reduce((sum, run) => sum + run.requests - run.ok, 0);
      return {
        id: 'F1',
        what,
        result: `p50 ${ms(median(runs.map((run) => run.p50Ms)))}, p99 ${ms(p99)}${failed ? `, ${failed} failed` : ''}`,
        target: `p99 ≤ ${targetMs} ms ${at}`,
        verdict: verdict(p99 <= targetMs && failed === 0),
        runs,
      };
    };
    return [
      row(
        customer,
        `GET ${customerPath} at ${CUSTOMER_RATE}/s: a customer's ${num(OWNED)} units in one page`,
        CUSTOMER_TARGET_MS,
        `at ${num(FIND_UNITS)} units`,
      ),
      row(
        recalls,
        `GET ${openRecallsPath} at ${RECALLS_RATE}/s: the 100 newest of ${num(FIND_RECALLS / 2)} open`,
        RECALLS_TARGET_MS,
        `with ${num(FIND_RECALLS)} recalls`,
      ),
    ];
  } finally {
    await server.stop();
  }
}
