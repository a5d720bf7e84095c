import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ms, num, progress, repeat, Row, verdict } from '../figures/row';
import { json, postJson } from '../http-json';
import { Target } from '../load/load';
import { BenchOptions } from '../options';
import { RunningServer, startServer } from '../server';
import { median, msSince } from '../stats';
import { commissioning, E1_GTIN, E1_OWNER, E1_SITE, E1_SKU, epcisDocument, shipping } from './epcis-documents';

const EVENTS_PER_DOCUMENT = 1_000;
/** Documents of each kind per run, sent one after the other. */
const DOCUMENTS = 10;
const TARGET = 10_000;
/**
 * Documents of each phase captured before the runs: V8 optimises the capture path over the first few documents
 * (the first takes three to four times as long as the fifth), and E1 is about the throughput after that.
 */
const WARM_UP_DOCUMENTS = 5;
/** Every how many units of a phase one is read back through the native API at the end. */
const SAMPLE_EVERY = 997;

const PHASES = ['commission', 'ship', 'commission without eventID'] as const;
type Phase = (typeof PHASES)[number];

interface CaptureJob {
  captureID: string;
  running: boolean;
  success: boolean;
  events: number;
  applied: number;
  errors: unknown[];
  position: number;
}

/** Commissionings an hour apart from their shipments, a millisecond apart from one another, all in the past. */
const DAY = 86_400_000;
const epoch = Date.now() - 2 * DAY;
const at = (serial: number, later = 0) => new Date(epoch + later + serial).toISOString();

/** The document of `serials` in a phase, as the JSON text sent (built before the clock starts). */
function documentOf(phase: Phase, serials: number[]): string {
  const events = serials.map((serial) =>
    phase === 'ship' ? shipping(serial, at(serial, DAY), true) : commissioning(serial, at(serial), phase === 'commission'),
  );
  return JSON.stringify(epcisDocument(events));
}

/** One document captured: its time, once the job says every event was applied (anything else fails the run). */
async function capture(target: Target, body: string, what: string): Promise<{ ms: number; position: number }> {
  const started = process.hrtime.bigint();
  const job = (await json(target, '/epcis/capture', { method: 'POST', headers: { 'content-type': 'application/ld+json' }, body })) as unknown as CaptureJob;
  const elapsed = msSince(started);
  if (job.success !== true || job.applied !== EVENTS_PER_DOCUMENT || job.events !== EVENTS_PER_DOCUMENT || job.errors?.length !== 0 || job.running !== false) {
    throw new Error(`E1 ${what}: the job says ${JSON.stringify({ ...job, errors: job.errors?.slice(0, 5) })}, not ${EVENTS_PER_DOCUMENT} events applied`);
  }
  return { ms: elapsed, position: job.position };
}

/** `count` documents of a phase, one after the other, each of the next serials of `units`. */
async function phase(target: Target, kind: Phase, units: number[], count: number) {
  const bodies = Array.from({ length: count }, (_, doc) => documentOf(kind, units.slice(doc * EVENTS_PER_DOCUMENT, (doc + 1) * EVENTS_PER_DOCUMENT)));
  const times: number[] = [];
  let position = 0;
  for (const [doc, body] of bodies.entries()) {
    const captured = await capture(target, body, `${kind}, document ${doc}`);
    times.push(captured.ms);
    position = captured.position;
  }
  const total = times.reduce((sum, time) => sum + time, 0);
  return { phase: kind, eventsPerSecond: (count * EVENTS_PER_DOCUMENT * 1000) / total, msPerDocument: median(times), times, position };
}

/** A few units of each phase read back through the native API once the read models reach the last job: shipped, or in stock at the site. */
async function checkUnits(admin: Target, shipped: number[], commissioned: number[], position: number): Promise<void> {
  const expectations = [
    ...shipped.filter((_, i) => i % SAMPLE_EVERY === 0).map((serial) => ({ serial, status: 'in_transit', destination: E1_OWNER, location: null })),
    ...commissioned.filter((_, i) => i % SAMPLE_EVERY === 0).map((serial) => ({ serial, status: 'in_stock', destination: null, location: E1_SITE })),
  ];
  for (const want of expectations) {
    const unit = await json(admin, `/v1/units/${E1_SKU}/${want.serial}`, { headers: { 'X-Min-Position': String(position) } });
    const wrong =
      want.location === null
        ? unit.status !== want.status || unit.destination !== want.destination
        : unit.status !== want.status || unit.location !== want.location;
    if (wrong) throw new Error(`E1: unit ${want.serial} is ${JSON.stringify(unit)}, not ${JSON.stringify(want)}`);
  }
}

/**
 * The two deployments the operations guide describes, `npm start` and `npm run start:api` beside
 * `npm run start:projector`, and the API with its projector elsewhere (production's shape, where the projector is
 * a service of its own): the projector is started once the runs are over, and the read models catch up then.
 */
const DEPLOYMENTS = [
  { name: 'npm start (projector in a thread of the API process)', server: { withProjector: true } },
  { name: 'start:api + start:projector (two processes)', server: { projectorProcess: true } },
  { name: 'start:api, its projector started after the runs', server: {} },
] as const;

/**
 * E1: EPCIS documents of 1,000 ObjectEvents captured one after the other, by a key with the operator role, on
 * the API as each deployment runs it (synchronous=FULL, a fresh data directory each): commissionings with
 * eventIDs, shipments of those units, then commissionings without eventIDs (known by their canonical hash);
 * every job checked, and a sample of the units read back.
 */
export async function measureEpcisCapture(options: BenchOptions, workDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [index, deployment] of DEPLOYMENTS.entries()) {
    const dataDir = join(workDir, `epcis-capture-${index}`);
    mkdirSync(dataDir, { recursive: true });
    const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: 'FULL', MIN_POSITION_WAIT_MS: '60000' }, deployment.server);
    try {
      rows.push(...(await measureDeployment(server, deployment.name, options)));
    } finally {
      await server.stop();
    }
  }
  return rows;
}

async function measureDeployment(server: RunningServer, deployment: string, options: BenchOptions): Promise<Row[]> {
  await postJson(server, '/v1/products', { sku: E1_SKU, name: 'E1 widget', gtin: E1_GTIN });
  const { key } = (await postJson(server, '/v1/keys', { name: 'e1-partner', roles: ['operator'] })) as { key: string };
  const operator: Target = { url: server.url, authorization: `Bearer ${key}` };
  let next = 1;
  const serials = (count: number) => Array.from({ length: count }, () => next++);
  const warmUp = serials(WARM_UP_DOCUMENTS * EVENTS_PER_DOCUMENT);
  progress(
    `E1 capture, ${deployment}: warm-up (${WARM_UP_DOCUMENTS} documents per phase), then ${options.runs} runs of ${DOCUMENTS} documents of ${num(EVENTS_PER_DOCUMENT)} events per phase (${PHASES.join(', ')})`,
  );
  await phase(operator, 'commission', warmUp, WARM_UP_DOCUMENTS);
  await phase(operator, 'ship', warmUp, WARM_UP_DOCUMENTS);
  await phase(operator, 'commission without eventID', serials(WARM_UP_DOCUMENTS * EVENTS_PER_DOCUMENT), WARM_UP_DOCUMENTS);
  const shipped: number[] = [];
  const commissioned: number[] = [];
  let position = 0;
  const runs = await repeat(options.runs, async () => {
    const units = serials(DOCUMENTS * EVENTS_PER_DOCUMENT);
    const hashed = serials(DOCUMENTS * EVENTS_PER_DOCUMENT);
    const results = [
      await phase(operator, 'commission', units, DOCUMENTS),
      await phase(operator, 'ship', units, DOCUMENTS),
      await phase(operator, 'commission without eventID', hashed, DOCUMENTS),
    ];
    shipped.push(...units);
    commissioned.push(...hashed);
    position = results[2].position;
    progress(
      `E1, ${deployment}: ${results.map((result) => `${result.phase} ${num(result.eventsPerSecond)} events/s (${ms(result.msPerDocument)} a document)`).join('; ')}`,
    );
    return results;
  });
  server.startProjector();
  await checkUnits(server, shipped, commissioned, position);
  return PHASES.map((kind): Row => {
    const results = runs.flat().filter((result) => result.phase === kind);
    const perSecond = median(results.map((result) => result.eventsPerSecond));
    return {
      id: 'E1',
      what: `POST /epcis/capture (operator key), ${DOCUMENTS} documents of ${num(EVENTS_PER_DOCUMENT)} ObjectEvents one after the other: ${describe(kind)}; synchronous=FULL, ${deployment}`,
      result: `${num(perSecond)} events/s; ${ms(median(results.map((result) => result.msPerDocument)))} a document`,
      target: `≥ ${num(TARGET)} events/s`,
      verdict: verdict(perSecond >= TARGET),
      runs: results,
    };
  });
}

function describe(kind: Phase): string {
  switch (kind) {
    case 'commission':
      return 'ADD commissioning, one SGTIN each, eventID urn:uuid';
    case 'ship':
      return 'OBSERVE shipping of those units to an owning party, eventID urn:uuid';
    default:
      return 'ADD commissioning without eventID (each known by its CBV canonical hash)';
  }
}
