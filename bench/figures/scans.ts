import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeLog } from '../dataset/event-log';
import { between, seededRandom } from '../dataset/random';
import { FIND_GTIN, FIND_UNITS, findProductAppends, findUnitAppends, serial } from '../find/find-dataset';
import { postJson } from '../http-json';
import { runLoad } from '../load/load';
import { BenchOptions } from '../options';
import { catchUp } from '../projector/catch-up';
import { startServer } from '../server';
import { median, msSince } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';

const CODES_PER_REQUEST = 10_000;
const REQUESTS_PER_RUN = 5;
const VERIFY_RATE = 200;
const WARM_UP_SECONDS = 1;
const S1_TARGET = 20_000;
const S2_TARGET_MS = 5;

/** A unit's code in one of the forms a scanner sends: element string, raw DataMatrix, Digital Link, EPC URN. */
function codeOf(unit: number, form: number): string {
  const serialText = serial(unit);
  switch (form % 4) {
    case 0:
      return `(01)${FIND_GTIN}(21)${serialText}`;
    case 1:
      return `]d201${FIND_GTIN}21${serialText}`;
    case 2:
      return `https://example.com/01/${FIND_GTIN}/21/${serialText}`;
    default:
      return `urn:epc:id:sgtin:4006381.033393.${serialText}`;
  }
}

/**
 * S1 and S2 on F1's million units with their product registered, projected beforehand, on the API as
 * `npm run start:api` runs it: batches of 10,000 scans one after the other (each code a different unit, forms
 * mixed, no run scanning a unit another run scanned), then verifications of random units at a steady rate.
 */
export async function measureScans(options: BenchOptions, workDir: string): Promise<Row[]> {
  const dataDir = join(workDir, 'scans');
  mkdirSync(dataDir, { recursive: true });
  progress(`S1/S2 scans: writing ${num(FIND_UNITS)} units and their product, then projecting them`);
  const eventsFile = join(dataDir, 'events.sqlite');
  await writeLog(eventsFile, findProductAppends());
  await writeLog(eventsFile, findUnitAppends());
  await catchUp({ eventsFile, readFile: join(dataDir, 'read-models.sqlite'), mode: 'batched' });
  const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: 'FULL' });
  try {
    let next = 0;
    const batch = async () => {
      const codes = Array.from({ length: CODES_PER_REQUEST }, (_, i) => codeOf((next + i) * 7 + 3, i));
      next += CODES_PER_REQUEST;
      const started = process.hrtime.bigint();
      const { results } = (await postJson(server, '/v1/scans/batch', { location: 'WH-00', codes })) as { results: Array<{ error?: unknown }> };
      const elapsed = msSince(started);
      const failed = results.filter((result) => result.error !== undefined).length;
      if (failed) throw new Error(`S1: ${failed} of ${codes.length} codes were refused`);
      return elapsed;
    };
    progress(`S1 batch scans: ${REQUESTS_PER_RUN} requests of ${num(CODES_PER_REQUEST)} codes per run`);
    await batch();
    const scanRuns = await repeat(options.runs, async () => {
      const times: number[] = [];
      for (let request = 0; request < REQUESTS_PER_RUN; request++) times.push(await batch());
      return { codesPerSecond: (REQUESTS_PER_RUN * CODES_PER_REQUEST * 1000) / times.reduce((sum, time) => sum + time, 0), msPerRequest: median(times) };
    });
    progress(`S2 verification at ${VERIFY_RATE} requests/s among ${num(FIND_UNITS)} units`);
    const verifications = (count: number, seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: count }, () => ({ gtin: FIND_GTIN, serial: serial(between(random, 0, FIND_UNITS - 1)) }));
    };
    const paced = (bodies: unknown[]) => runLoad({ kind: 'paced-get', ...server, rate: VERIFY_RATE, paths: bodies.map(() => '/v1/verifications'), bodies });
    await paced(verifications(VERIFY_RATE * WARM_UP_SECONDS, 1));
    const verifyRuns = await repeat(options.runs, (run) => paced(verifications(VERIFY_RATE * options.loadSeconds, 100 + run)));
    const codesPerSecond = median(scanRuns.map((run) => run.codesPerSecond));
    const verifyP99 = median(verifyRuns.map((run) => run.p99Ms));
    const verifyFailed = verifyRuns.reduce((sum, run) => sum + run.requests - run.ok, 0);
    return [
      {
        id: 'S1',
        what: `POST /v1/scans/batch, ${num(CODES_PER_REQUEST)} codes a request (four code forms), each a unit of ${num(FIND_UNITS)}, synchronous=FULL`,
        result: `${num(codesPerSecond)} codes/s; ${ms(median(scanRuns.map((run) => run.msPerRequest)))} per request`,
        target: `≥ ${num(S1_TARGET)} codes/s`,
        verdict: verdict(codesPerSecond >= S1_TARGET),
        runs: scanRuns,
      },
      {
        id: 'S2',
        what: `POST /v1/verifications at ${VERIFY_RATE}/s, random units of ${num(FIND_UNITS)} (each request recorded)`,
        result: `p50 ${ms(median(verifyRuns.map((run) => run.p50Ms)))}, p99 ${ms(verifyP99)}${verifyFailed ? `, ${verifyFailed} failed` : ''}`,
        target: `p99 ≤ ${S2_TARGET_MS} ms at ${num(FIND_UNITS)} units`,
        verdict: verdict(verifyP99 <= S2_TARGET_MS && verifyFailed === 0),
        runs: verifyRuns,
      },
    ];
  } finally {
    await server.stop();
  }
}
