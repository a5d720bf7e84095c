import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSupplyChain } from './dataset/event-log';
import { measureEpcisCapture } from './epcis/epcis-capture';
import { measureEpcisQuery } from './epcis/epcis-query';
import { planSupplyChain } from './dataset/plan';
import { measureAnalytics } from './figures/analytics';
import { measureAppends } from './figures/appends';
import { measureCatchUp } from './figures/catch-up';
import { measureClaims } from './figures/claims';
import { measureContainers } from './figures/containers';
import { measureCounts } from './figures/counts';
import { measureFind } from './figures/find';
import { measureScans } from './figures/scans';
import { measureLots } from './figures/lots';
import { measureReads } from './figures/http-reads';
import { measureWrites } from './figures/http-writes';
import { measureOverload } from './figures/overload';
import { measureRebuild } from './figures/rebuild';
import { measureRecall } from './figures/recall';
import { num, progress, Row } from './figures/row';
import { hostReference, machineFacts } from './machine';
import { parseOptions } from './options';
import { markdown, saveJson } from './report';
import { startServer } from './server';
import { LoadResult } from './load/load';
import { median, msSince, perSecond } from './stats';

/** `npm run bench [-- --size quick|large] [--runs N]`: the table on stdout, the details under bench/results/. */
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const started = process.hrtime.bigint();
  const referenceBefore = hostReference('before the figures');
  const workDir = mkdtempSync(join(tmpdir(), 'trace-bench-'));
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir);
  try {
    const plan = planSupplyChain(options.dataset);
    progress(`writing the data set: ${num(plan.units)} units in ${plan.lots.length} lots, through SqliteEventStore.appendMany`);
    const setupStart = process.hrtime.bigint();
    const { events } = await writeSupplyChain(join(dataDir, 'events.sqlite'), plan);
    const setupMs = msSince(setupStart);
    const rows: Row[] = [];
    rows.push(await measureCatchUp(options, join(dataDir, 'events.sqlite'), workDir));
    rows.push(...(await measureRebuild(options, join(dataDir, 'events.sqlite'), dataDir)));
    for (const durability of ['FULL', 'NORMAL'] as const) {
      const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: durability });
      try {
        if (durability === 'FULL') rows.push(...(await measureReads(options, server, plan)));
        const writes = await measureWrites(options, server, plan, durability);
        rows.push(...writes);
        if (durability === 'FULL') rows.push(await measureOverload(options, server, plan, p1Figures(writes)));
      } finally {
        await server.stop();
      }
    }
    rows.push(...(await measureAppends(options, plan, workDir)));
    rows.push(...(await measureRecall(options, workDir)));
    rows.push(...(await measureContainers(options, workDir)));
    rows.push(...(await measureLots(options, workDir)));
    rows.push(...(await measureFind(options, workDir)));
    rows.push(...(await measureScans(options, workDir)));
    rows.push(...(await measureCounts(options, workDir)));
    rows.push(...(await measureClaims(options, workDir)));
    rows.push(...(await measureEpcisCapture(options, workDir)));
    rows.push(...(await measureEpcisQuery(options, workDir)));
    rows.push(...(await measureAnalytics(options, workDir)));
    const report = {
      command: `npm run bench${options.size === 'quick' ? '' : ` -- --size ${options.size}`}`,
      startedAt,
      minutes: msSince(started) / 60_000,
      machine: machineFacts({ before: referenceBefore, after: hostReference('after the figures') }),
      options,
      dataset: {
        units: plan.units,
        lots: plan.lots.length,
        events,
        setupSeconds: setupMs / 1000,
        setupEventsPerSecond: perSecond(events, setupMs),
        setupPath: 'through SqliteEventStore.appendMany (the write path below HTTP), not through HTTP',
      },
      rows: sortById(rows),
    };
    process.stdout.write(`${markdown(report)}\n`);
    progress(`details in ${saveJson(report)}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** P1's median throughput and p99, which O1 is measured against. */
function p1Figures(rows: Row[]): { perSecond: number; p99Ms: number } {
  const runs = (rows.find((row) => row.id === 'P1')?.runs ?? []) as LoadResult[];
  return { perSecond: median(runs.map((run) => (run.ok * 1000) / run.ms)), p99Ms: median(runs.map((run) => run.p99Ms)) };
}

const sortById = (rows: Row[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
