import { Logger } from '@nestjs/common';
import { loadConfig, READ_MODELS_CHECKPOINT } from '@trace/config';
import { SqliteEventStore } from '@trace/event-store/sqlite';
import { ALL_PROJECTIONS } from '@trace/projections';
import { Projector } from '@trace/projector';
import { SqliteReadStore } from '@trace/read-store/sqlite';
import { msSince } from '../stats';
import { CatchUpRequest, CatchUpResult } from './catch-up';
import { projectOneByOne } from './one-by-one-projector';

/** Polling interval while waiting for the projector to reach the head; small against any catch-up measured. */
const POLL_MS = 2;

/** Child process: projects an event log from position 0 into a fresh read store, then reports time and peak RSS. */
async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2]) as CatchUpRequest;
  const events = new SqliteEventStore({ file: request.eventsFile });
  // Batched, as `npm start` runs it: writes committed in the read store's writer thread. One by one, as a simple
  // projector would: each event's transaction on the one connection.
  const reads = new SqliteReadStore({ file: request.readFile, writerThread: request.mode === 'batched' });
  const head = await events.headPosition();
  const start = process.hrtime.bigint();
  if (request.mode === 'batched') {
    // The production default batch size, as `npm start` would use it.
    const projector = new Projector(events, reads, ALL_PROJECTIONS, { name: READ_MODELS_CHECKPOINT, batchSize: loadConfig({}).projectorBatchSize });
    projector.start();
    while (projector.position < head) {
      if (projector.lastError) throw new Error(`projector failed: ${projector.lastError}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    await projector.stop();
  } else {
    await projectOneByOne(events, reads, ALL_PROJECTIONS, READ_MODELS_CHECKPOINT);
  }
  const ms = msSince(start);
  await Promise.all([events.close(), reads.close()]);
  const result: CatchUpResult = { events: head, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.send?.(result);
}

Logger.overrideLogger(['error']);
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
