import 'reflect-metadata';
import { EventExport, ReadModelReplay, TimeTravel } from '@trace/application';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { withStores } from '../../apps/cli/src/stores-context';
import { writeSupplyChain } from '../dataset/event-log';
import { planSupplyChain } from '../dataset/plan';

/**
 * The analysts' paths on a generated supply chain in lots of 10,000 units: replay of every projection into a
 * new generation, NDJSON export, and `asOf` for a whole lot. Standalone and quick; `npm run bench` is the
 * reference harness. Usage, after `npm run build` and compiling bench/:
 *   node dist/bench/analytics/measure.js [units, default 100000]
 */
async function main(): Promise<void> {
  const units = Number(process.argv[2] ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'trace-analytics-'));
  const env = { DATA_DIR: dir, LOG_LEVEL: 'warn', EVENT_STORE_SYNCHRONOUS: 'NORMAL' };
  const io = { env, stdout: new PassThrough(), stderr: process.stderr, signal: new AbortController().signal };
  try {
    const plan = planSupplyChain({ units, skus: 10, minLotSize: 10_000, maxLotSize: 10_000 });
    const { events } = await writeSupplyChain(join(dir, 'events.sqlite'), plan);
    console.log(`data set: ${events.toLocaleString('en')} events, ${units.toLocaleString('en')} units in ${plan.lots.length} lots of 10,000`);
    await withStores(io, async (app) => {
      const replay = await timed(() => app.get(ReadModelReplay).replay());
      console.log(`replay of all projections: ${seconds(replay.ms)} s, ${rate(events, replay.ms)} events/s (generation ${replay.value.generation})`);

      const out = createWriteStream('/dev/null');
      const exported = await timed(() => app.get(EventExport).export({}, out, { format: 'ndjson' }));
      out.end();
      await finished(out);
      console.log(`export as NDJSON: ${seconds(exported.ms)} s, ${rate(exported.value.exported, exported.ms)} events/s, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB after`);

      const lotId = plan.lots[0].lotId;
      const asOf = { asOf: '2025-02-01T00:00:00.000Z' };
      const timeTravel = app.get(TimeTravel);
      for (let run = 1; run <= 3; run++) {
        const lot = await timed(async () => {
          let count = 0;
          let cursor: string | undefined;
          do {
            const page = await timeTravel.lotUnits(lotId, asOf, { limit: 1000, cursor });
            count += page.items.length;
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
          return count;
        });
        console.log(`asOf for the ${lot.value.toLocaleString('en')} units of ${lotId} (10 pages of 1,000), run ${run}: ${Math.round(lot.ms)} ms`);
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const rate = (count: number, ms: number) => Math.round((count / ms) * 1000).toLocaleString('en');

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
