import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { postJson } from '../http-json';
import { BenchOptions } from '../options';
import { startServer } from '../server';
import { median, msSince } from '../stats';
import { ms, num, progress, repeat, Row } from './row';

const CASES = 10;
const UNITS_PER_CASE = 100;
const MOVES = 20;

/**
 * C1: a pallet of 10 cases of 100 units moved inside the company, then shipped and received. Each is one
 * atomic write of 1,011 events (pallet, cases, units), after reading every one of those streams.
 */
async function oneRun(workDir: string, run: number) {
  const dataDir = join(workDir, `containers-${run}`);
  mkdirSync(dataDir, { recursive: true });
  const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: 'FULL' }, { withProjector: true });
  const post = (path: string, body: unknown) => postJson(server, path, body);
  const timed = async (path: string, body: unknown) => {
    const start = process.hrtime.bigint();
    await post(path, body);
    return msSince(start);
  };
  try {
    await post('/v1/units/batch', { sku: 'BOX', location: 'DOCK-0', range: { prefix: 'B-', start: 0, count: CASES * UNITS_PER_CASE, width: 5 } });
    await post('/v1/containers', { containerId: 'PALLET', location: 'DOCK-0' });
    for (let c = 0; c < CASES; c++) {
      await post('/v1/containers', { containerId: `CASE-${c}`, location: 'DOCK-0' });
      const units = Array.from({ length: UNITS_PER_CASE }, (_, i) => ({ sku: 'BOX', serial: `B-${String(c * UNITS_PER_CASE + i).padStart(5, '0')}` }));
      await post(`/v1/containers/CASE-${c}/contents`, { units });
    }
    await post('/v1/containers/PALLET/contents', { containers: Array.from({ length: CASES }, (_, c) => `CASE-${c}`) });
    const moveMs: number[] = [];
    for (let i = 1; i <= MOVES; i++) moveMs.push(await timed('/v1/containers/PALLET/moves', { to: `DOCK-${i % 2}` }));
    const shipMs = await timed('/v1/containers/PALLET/shipments', { to: 'ACME' });
    const receiveMs = await timed('/v1/containers/PALLET/receipts', { by: 'ACME', location: 'ACME-DC' });
    return { moveMs: median(moveMs), shipMs, receiveMs };
  } finally {
    await server.stop();
  }
}

export async function measureContainers(options: BenchOptions, workDir: string): Promise<Row[]> {
  const units = CASES * UNITS_PER_CASE;
  progress(`C1 containers: a pallet of ${CASES} cases of ${UNITS_PER_CASE} units, ${MOVES} moves, a shipment and a receipt per run`);
  const runs = await repeat(options.runs, (run) => oneRun(workDir, run));
  return [
    {
      id: 'C1',
      what: `move / ship / receive a pallet of ${CASES} cases and ${num(units)} units over HTTP (${num(units + CASES + 1)} events in one atomic write), synchronous=FULL`,
      result: `move ${ms(median(runs.map((r) => r.moveMs)))}, ship ${ms(median(runs.map((r) => r.shipMs)))}, receive ${ms(median(runs.map((r) => r.receiveMs)))}`,
      target: 'no target in the issue (informative)',
      verdict: 'not available',
      runs,
    },
  ];
}
