import 'reflect-metadata';
import { EventExport, ReadModelReplay, TimeTravel } from '@trace/application';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { withStores } from '../../apps/cli/src/stores-context';
import { writeSupplyChain } from '../dataset/event-log';
import { planSupplyChain } from '../dataset/plan';
import { BenchOptions } from '../options';
import { median, msSince, perSecond } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';

/** 5 million events in 2 minutes. */
const REPLAY_TARGET = 5_000_000 / 120;
const EXPORT_TARGET = 200_000;
const AS_OF_TARGET_MS = 200;
const LOT_SIZE = 10_000;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, ms: msSince(start) };
}

/**
 * A1–A3, the analysts' paths, through the same application services the `trace` CLI runs, on a supply chain
 * in lots of 10,000 units: replay of every projection into a new generation, NDJSON export of the whole log,
 * and `asOf` for every unit of one lot (10 pages of 1,000).
 */
export async function measureAnalytics(options: BenchOptions, workDir: string): Promise<Row[]> {
  const units = options.size === 'large' ? 300_000 : 100_000;
  const dir = join(workDir, 'analytics');
  mkdirSync(dir);
  const plan = planSupplyChain({ units, skus: 10, minLotSize: LOT_SIZE, maxLotSize: LOT_SIZE });
  progress(`A1–A3 analysts: writing ${num(units)} units in lots of ${num(LOT_SIZE)}`);
  const { events } = await writeSupplyChain(join(dir, 'events.sqlite'), plan);
  const env = { DATA_DIR: dir, LOG_LEVEL: 'warn' };
  const io = { env, stdout: new PassThrough(), stderr: process.stderr, signal: new AbortController().signal };
  return withStores(io, async (app) => {
    const replays = await repeat(options.runs, async (run) => {
      progress(`A1 replay of every projection from ${num(events)} events, run ${run + 1} of ${options.runs}`);
      const { ms: took } = await timed(() => app.get(ReadModelReplay).replay());
      return { ms: took, rate: perSecond(events, took) };
    });
    const exports = await repeat(options.runs, async () => {
      const out = createWriteStream('/dev/null');
      const exported = await timed(() => app.get(EventExport).export({}, out, { format: 'ndjson' }));
      out.end();
      await finished(out);
      return { ms: exported.ms, rate: perSecond(exported.value.exported, exported.ms) };
    });
    const lotId = plan.lots[0].lotId;
    const timeTravel = app.get(TimeTravel);
    const asOfRuns = await repeat(options.runs, async () => {
      const lot = await timed(async () => {
        let count = 0;
        let cursor: string | undefined;
        do {
          const page = await timeTravel.lotUnits(lotId, { asOf: '2025-02-01T00:00:00.000Z' }, { limit: 1000, cursor });
          count += page.items.length;
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return count;
      });
      if (lot.value !== LOT_SIZE) throw new Error(`asOf answered ${lot.value} units of ${lotId}, not ${LOT_SIZE}`);
      return { ms: lot.ms };
    });
    const replayRate = median(replays.map((run) => run.rate));
    const exportRate = median(exports.map((run) => run.rate));
    const asOfMs = median(asOfRuns.map((run) => run.ms));
    return [
      {
        id: 'A1',
        what: `trace replay of every projection into a new generation, ${num(events)} events`,
        result: `${num(replayRate)} events/s (5M events in ${num(5_000_000 / replayRate)} s)`,
        target: '5M events ≤ 2 min (≥ 41,667 events/s)',
        verdict: verdict(replayRate >= REPLAY_TARGET),
        runs: replays,
      },
      {
        id: 'A2',
        what: `trace export --format ndjson of ${num(events)} events`,
        result: `${num(exportRate)} events/s`,
        target: `≥ ${num(EXPORT_TARGET)} events/s`,
        verdict: verdict(exportRate >= EXPORT_TARGET),
        runs: exports,
      },
      {
        id: 'A3',
        what: `asOf for the ${num(LOT_SIZE)} units of a lot (10 pages of 1,000)`,
        result: ms(asOfMs),
        target: `≤ ${AS_OF_TARGET_MS} ms`,
        verdict: verdict(asOfMs <= AS_OF_TARGET_MS),
        runs: asOfRuns,
      },
    ];
  });
}
