import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pad, seededRandom } from '../dataset/random';
import { postJson } from '../http-json';
import { BenchOptions } from '../options';
import { RunningServer, startServer } from '../server';
import { median, msSince } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';

const SKU = 'K1-PUMP';
const GTIN = '09506000134352';
const LOCATION = 'K1-WH';
const ELSEWHERE = 'K1-ELSEWHERE';
const UNITS = 100_000;
const BATCHES = 10;
const PER_BATCH = UNITS / BATCHES;
const WIDTH = 6;
/** Per batch: units from elsewhere (unexpected), repeats of units another batch counts (duplicates), serials never issued (unknown). */
const UNEXPECTED_PER_BATCH = 10;
const DUPLICATES_PER_BATCH = 50;
const UNKNOWN_PER_BATCH = 40;
/** Every hundredth unit is left uncounted (1 %). */
const LEFT_OUT_EVERY = 100;
const SCANS_TARGET = 20_000;
const CLOSE_TARGET_MS = 2_000;
const FORMS = ['units', 'codes'] as const;
type Form = (typeof FORMS)[number];

const serialAt = (unit: number) => `K1-${pad(unit, WIDTH)}`;
const elsewhereSerial = (unit: number) => `K1X-${pad(unit, 3)}`;
const neverIssued = (unit: number) => `K1-NEVER-${pad(unit, 4)}`;
const leftOut = (unit: number) => unit % LEFT_OUT_EVERY === LEFT_OUT_EVERY - 1;

const COUNTED = UNITS - UNITS / LEFT_OUT_EVERY;
const UNEXPECTED = UNEXPECTED_PER_BATCH * BATCHES;
const DUPLICATES = DUPLICATES_PER_BATCH * BATCHES;
const UNKNOWN = UNKNOWN_PER_BATCH * BATCHES;
/** What every count's report must say. */
const REPORT = {
  state: 'closed',
  expected: UNITS,
  counted: COUNTED + UNEXPECTED,
  matched: COUNTED,
  left: 0,
  missing: UNITS - COUNTED,
  unexpected: UNEXPECTED,
  unknown: UNKNOWN,
  duplicates: DUPLICATES,
};

/**
 * The serials of one batch of 10,000 scans, shuffled: the counted units of its tenth of the location (every hundredth
 * left out), 10 units recorded elsewhere, 50 units of the tenth before it (each counted twice over the count: the
 * second scan is a duplicate) and 40 serials never issued.
 */
function batchSerials(batch: number, run: number): string[] {
  const serials: string[] = [];
  for (let unit = batch * PER_BATCH; unit < (batch + 1) * PER_BATCH; unit++) if (!leftOut(unit)) serials.push(serialAt(unit));
  for (let i = 0; i < UNEXPECTED_PER_BATCH; i++) serials.push(elsewhereSerial(batch * UNEXPECTED_PER_BATCH + i));
  const before = ((batch + BATCHES - 1) % BATCHES) * PER_BATCH;
  for (let i = 0; i < DUPLICATES_PER_BATCH; i++) serials.push(serialAt(before + i * LEFT_OUT_EVERY));
  for (let i = 0; i < UNKNOWN_PER_BATCH; i++) serials.push(neverIssued(batch * UNKNOWN_PER_BATCH + i));
  if (serials.length !== PER_BATCH) throw new Error(`K1: a batch of ${serials.length} scans, not ${PER_BATCH}`);
  const random = seededRandom(1_000 * run + batch + 1);
  for (let i = serials.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [serials[i], serials[j]] = [serials[j], serials[i]];
  }
  return serials;
}

const bodyOf = (form: Form, serials: string[]) =>
  form === 'units' ? { units: serials.map((serial) => ({ sku: SKU, serial })) } : { codes: serials.map((serial) => `(01)${GTIN}(21)${serial}`) };

/** GET with `X-Min-Position`, asked again while the read models are behind (503) for at most a minute. */
async function readAt(server: RunningServer, path: string, position: number): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await fetch(`${server.url}${path}`, { headers: { authorization: server.authorization, 'X-Min-Position': String(position) } });
    if (response.ok) return (await response.json()) as Record<string, unknown>;
    if (response.status !== 503 || Date.now() > deadline) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  }
}

/** Throws naming every number of a report that is not what the count was seeded to find. */
function check(what: string, report: Record<string, unknown>): void {
  const wrong = Object.entries(REPORT).filter(([key, value]) => report[key] !== value);
  if (wrong.length) {
    throw new Error(`K1: ${what} says ${wrong.map(([key, value]) => `${key} ${JSON.stringify(report[key])} (seeded: ${value})`).join(', ')}`);
  }
}

/** One count of the location: opened, 10 batches of 10,000 scans in one form, closed, and its report read back. */
async function oneCount(server: RunningServer, form: Form, run: number) {
  const countId = `K1-${run}-${form}`;
  let started = process.hrtime.bigint();
  const opened = await postJson(server, '/v1/counts', { countId, location: LOCATION });
  const openMs = msSince(started);
  if (opened.expectedUnits !== UNITS) throw new Error(`K1: the count expects ${JSON.stringify(opened.expectedUnits)} units, not ${UNITS}`);
  const bodies = Array.from({ length: BATCHES }, (_, batch) => bodyOf(form, batchSerials(batch, run)));
  const scanMs: number[] = [];
  const answered = { accepted: 0, duplicates: 0, unknown: 0 };
  for (const body of bodies) {
    started = process.hrtime.bigint();
    const answer = (await postJson(server, `/v1/counts/${countId}/scans`, body)) as typeof answered;
    scanMs.push(msSince(started));
    answered.accepted += answer.accepted;
    answered.duplicates += answer.duplicates;
    answered.unknown += answer.unknown;
  }
  if (answered.accepted !== REPORT.counted || answered.duplicates !== DUPLICATES || answered.unknown !== UNKNOWN) {
    throw new Error(`K1: the scans answered ${JSON.stringify(answered)}, seeded ${REPORT.counted} accepted, ${DUPLICATES} duplicates, ${UNKNOWN} unknown`);
  }
  started = process.hrtime.bigint();
  const closed = await postJson(server, `/v1/counts/${countId}/close`, {});
  const closeMs = msSince(started);
  check(`the close of ${countId}`, closed);
  const readStarted = process.hrtime.bigint();
  const report = await readAt(server, `/v1/counts/${countId}`, closed.position as number);
  const readMs = msSince(readStarted);
  const reportMs = msSince(started);
  check(`GET /v1/counts/${countId}`, report);
  const totalScanMs = scanMs.reduce((sum, time) => sum + time, 0);
  progress(
    `K1 ${countId}: open ${ms(openMs)}, scans ${num((UNITS * 1000) / totalScanMs)}/s (${scanMs.map((time) => Math.round(time)).join(', ')} ms), ` +
      `close ${ms(closeMs)}, report read back ${ms(reportMs)}`,
  );
  return { form, scansPerSecond: (UNITS * 1000) / totalScanMs, msPerRequest: median(scanMs), scanMs, openMs, closeMs, readMs, reportMs };
}

/**
 * K1 at the issue's size whatever `--size`: 100,000 units of one product (with a GTIN) at one location, recorded
 * over HTTP on the API as `npm start` runs it (projector in its process); then per run, one count with `units`
 * identifiers and one with GS1 element strings, each 10 requests of 10,000 scans, closed and read back.
 */
export async function measureCounts(options: BenchOptions, workDir: string): Promise<Row[]> {
  const dataDir = join(workDir, 'counts');
  mkdirSync(dataDir, { recursive: true });
  const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: 'FULL' }, { withProjector: true });
  try {
    progress(`K1 counts: recording ${num(UNITS)} units at ${LOCATION} and ${num(UNEXPECTED)} elsewhere over HTTP`);
    await postJson(server, '/v1/products', { sku: SKU, name: 'K1 pump', gtin: GTIN });
    let position = 0;
    for (let start = 0; start < UNITS; start += PER_BATCH) {
      const range = { prefix: 'K1-', start, count: PER_BATCH, width: WIDTH };
      ({ position } = (await postJson(server, '/v1/units/batch', { sku: SKU, location: LOCATION, range })) as { position: number });
    }
    const serials = Array.from({ length: UNEXPECTED }, (_, i) => elsewhereSerial(i));
    ({ position } = (await postJson(server, '/v1/units/batch', { sku: SKU, location: ELSEWHERE, serials })) as { position: number });
    await readAt(server, `/v1/units/${SKU}/${elsewhereSerial(0)}`, position);
    progress(`K1: ${options.runs} runs of two counts (units, then GS1 codes), ${BATCHES} requests of ${num(PER_BATCH)} scans each`);
    const runs = await repeat(options.runs, async (run) => {
      const counts = [];
      for (const form of FORMS) counts.push(await oneCount(server, form, run));
      return counts;
    });
    const all = runs.flat();
    const of = (form: Form) => all.filter((count) => count.form === form);
    const scansRow = (form: Form, what: string): Row => {
      const counts = of(form);
      const perSecond = median(counts.map((count) => count.scansPerSecond));
      return {
        id: 'K1',
        what,
        result: `${num(perSecond)} scans/s; ${ms(median(counts.map((count) => count.msPerRequest)))} per request; open ${ms(median(counts.map((count) => count.openMs)))}`,
        target: `≥ ${num(SCANS_TARGET)} scans/s`,
        verdict: verdict(perSecond >= SCANS_TARGET),
        runs: counts,
      };
    };
    const closeMs = median(all.map((count) => count.closeMs));
    return [
      scansRow(
        'units',
        `count of ${num(UNITS)} units at one location: POST /v1/counts/{id}/scans, ${BATCHES} requests of ${num(PER_BATCH)} \`units\` ` +
          `(${num(COUNTED)} of them, ${num(UNEXPECTED)} from elsewhere, ${num(DUPLICATES)} repeats, ${num(UNKNOWN)} never issued), synchronous=FULL`,
      ),
      scansRow('codes', `the same count with GS1 element strings \`(01)<GTIN>(21)<serial>\` as \`codes\``),
      {
        id: 'K1',
        what: `POST /v1/counts/{id}/close of those counts, answering the report (${num(UNITS)} expected, ${num(REPORT.counted)} counted); then GET /v1/counts/{id} with X-Min-Position of the close`,
        result: `close ${ms(closeMs)}; closed report read back at ${ms(median(all.map((count) => count.reportMs)))} (GET ${ms(median(all.map((count) => count.readMs)))})`,
        target: `≤ ${CLOSE_TARGET_MS / 1000} s`,
        verdict: verdict(closeMs <= CLOSE_TARGET_MS),
        runs: all.map(({ form, closeMs, readMs, reportMs }) => ({ form, closeMs, readMs, reportMs })),
      },
    ];
  } finally {
    await server.stop();
  }
}
