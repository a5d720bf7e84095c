import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeLog } from '../dataset/event-log';
import { between, seededRandom } from '../dataset/random';
import { ms, num, progress, repeat, Row, verdict } from '../figures/row';
import { FIND_UNITS, findProductAppends, findUnitAppends, OWNED } from '../find/find-dataset';
import { json } from '../http-json';
import { runLoad, Target } from '../load/load';
import { BenchOptions } from '../options';
import { catchUp } from '../projector/catch-up';
import { startServer } from '../server';
import { median, msSince } from '../stats';
import { answerProblem, Form, FORMS, queryPath } from './query-answers';

const QUERIES = 2_000;
const RATE = 200;
const WARM_UP = 200;
/** Units of F1's customer (each commissioned and sold) whose answers are checked first. */
const CUSTOMER_UNITS = 20;
const CHECKERS = 4;
const TARGET_MS = 10;

/** Asks every query again, a few at a time, and fails the run at the first answer that is wrong. */
async function checkAnswers(target: Target, units: number[], form: Form): Promise<void> {
  let next = 0;
  const checker = async () => {
    while (next < units.length) {
      const unit = units[next++];
      const problem = answerProblem(await json(target, queryPath(unit, form)), unit);
      if (problem) throw new Error(`E2 GET ${queryPath(unit, form)} answered wrong: ${problem}`);
    }
  };
  await Promise.all(Array.from({ length: CHECKERS }, checker));
}

const randomUnits = (count: number, seed: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => between(random, 0, FIND_UNITS - 1));
};

/** The route is there when a unit that exists is not 404; the lead's query route may not be yet. */
async function routeAnswers(target: Target): Promise<boolean> {
  const response = await fetch(`${target.url}${queryPath(1, 'EPC URN')}`, { headers: { authorization: target.authorization } });
  await response.arrayBuffer();
  return response.status !== 404;
}

/**
 * E2 on F1's million units of a product with a GTIN (commissioned by the unit decider, two in five sold), written
 * through the event store and projected by the real projector, on the API as `npm run start:api` runs it:
 * `GET /epcis/events?MATCH_epc=` of random units at a steady rate (open loop, as P4), by EPC URN and by Digital
 * Link, every answer asked again and checked after the timed pass.
 */
export async function measureEpcisQuery(options: BenchOptions, workDir: string): Promise<Row[]> {
  const dataDir = join(workDir, 'epcis-query');
  mkdirSync(dataDir, { recursive: true });
  progress(`E2 EPCIS query: writing ${num(FIND_UNITS)} units and their product, then projecting them`);
  const eventsFile = join(dataDir, 'events.sqlite');
  const written = process.hrtime.bigint();
  let events = 0;
  for (const appends of [findProductAppends(), findUnitAppends()]) events += (await writeLog(eventsFile, appends)).events;
  progress(`E2: ${num(events)} events written in ${ms(msSince(written))}`);
  const projected = await catchUp({ eventsFile, readFile: join(dataDir, 'read-models.sqlite'), mode: 'batched' });
  progress(`E2: projected in ${ms(projected.ms)}`);
  const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: 'FULL' });
  try {
    if (!(await routeAnswers(server))) return FORMS.map((form) => row(form, [], 'GET /epcis/events answered 404: no query route in this build'));
    const customerUnits = Array.from({ length: CUSTOMER_UNITS }, (_, i) => i * (FIND_UNITS / OWNED));
    for (const form of FORMS) await checkAnswers(server, customerUnits, form);
    const paced = (units: number[], form: Form) => runLoad({ kind: 'paced-get', ...server, rate: RATE, paths: units.map((unit) => queryPath(unit, form)) });
    for (const form of FORMS) await paced(randomUnits(WARM_UP, FORMS.indexOf(form) + 1), form);
    progress(`E2 GET /epcis/events?MATCH_epc=…: ${num(QUERIES)} random units at ${RATE}/s per form (${FORMS.join(', ')}), ${options.runs} runs`);
    const runs = await repeat(options.runs, async (run) => {
      const results = [];
      for (const [index, form] of FORMS.entries()) {
        const units = randomUnits(QUERIES, 100 + 10 * run + index);
        const load = await paced(units, form);
        if (load.ok !== load.requests) throw new Error(`E2 ${form}: ${load.requests - load.ok} of ${load.requests} queries not answered 200`);
        await checkAnswers(server, units, form);
        progress(`E2 ${form}: p50 ${ms(load.p50Ms)}, p99 ${ms(load.p99Ms)}; all ${num(units.length)} answers checked`);
        results.push({ form, ...load });
      }
      return results;
    });
    return FORMS.map((form) =>
      row(
        form,
        runs.flat().filter((result) => result.form === form),
      ),
    );
  } finally {
    await server.stop();
  }
}

function row(form: Form, runs: Array<{ p50Ms: number; p99Ms: number }>, unavailable?: string): Row {
  const p99 = median(runs.map((run) => run.p99Ms));
  return {
    id: 'E2',
    what: `GET /epcis/events?MATCH_epc=<${form}> at ${RATE}/s (open loop), random units of ${num(FIND_UNITS)}, every answer checked`,
    result: unavailable ?? `p50 ${ms(median(runs.map((run) => run.p50Ms)))}, p99 ${ms(p99)}`,
    target: `p99 ≤ ${TARGET_MS} ms at ${num(FIND_UNITS)} units`,
    verdict: unavailable ? 'not available' : verdict(p99 <= TARGET_MS),
    runs,
  };
}
