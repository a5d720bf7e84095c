import { AppendRequest, WrongExpectedRevision } from '@trace/event-store';
import { SqliteEventStore } from '@trace/event-store/sqlite';
import Database from 'better-sqlite3';
import { SupplyChainPlan } from './plan';
import { supplyChainAppends } from './supply-chain';

/**
 * Appends `batches` to an event store file through SqliteEventStore.appendMany, one transaction per batch — the
 * real write path below HTTP, used to set up large logs in seconds rather than through a million HTTP requests.
 * Every request must be accepted: a refused one means the generator's histories are inconsistent.
 */
export async function writeLog(
  file: string,
  batches: Iterable<AppendRequest[]>,
  options: { synchronous?: 'FULL' | 'NORMAL' } = {},
): Promise<{ events: number }> {
  const store = new SqliteEventStore({ file, synchronous: options.synchronous });
  let events = 0;
  try {
    for (const batch of batches) {
      const results = await store.appendMany(batch);
      const refused = results.find((result) => result instanceof WrongExpectedRevision);
      if (refused) throw new Error(`the generated log is inconsistent: ${(refused as Error).message}`);
      events += batch.reduce((count, request) => count + request.events.length, 0);
    }
  } finally {
    await store.close();
  }
  return { events };
}

/** Writes the supply chain into an event store file (see writeLog). */
export const writeSupplyChain = (file: string, plan: SupplyChainPlan): Promise<{ events: number }> => writeLog(file, supplyChainAppends(plan));

/** Copies the first `events` positions of a log into a new store file (the P3 catch-up fixture). */
export async function copyLogPrefix(source: string, target: string, events: number): Promise<void> {
  // Opening the store creates its schema, so the copy has the same table and indexes.
  await new SqliteEventStore({ file: target }).close();
  const db = new Database(target);
  try {
    db.prepare('ATTACH DATABASE ? AS source').run(source);
    db.prepare('INSERT INTO main.events SELECT * FROM source.events WHERE position <= ? ORDER BY position').run(events);
    db.exec('DETACH DATABASE source');
  } finally {
    db.close();
  }
}
