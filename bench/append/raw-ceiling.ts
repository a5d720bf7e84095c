import { AppendRequest } from '@trace/event-store';
import { SqliteEventStore } from '@trace/event-store/sqlite';
import Database from 'better-sqlite3';
import { OpenAppender } from './appender';

/**
 * The ceiling: the same rows into the same table and indexes with the same pragmas and transactions, by plain
 * prepared inserts — no expected-revision check, no idempotency look-up, revisions taken on trust.
 */
export const openRawCeiling: OpenAppender = async (file, durability) => {
  // The store creates its own schema, so the ceiling writes into exactly the same table and indexes.
  await new SqliteEventStore({ file }).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${durability}`);
  db.pragma('busy_timeout = 10000');
  const insert = db.prepare(
    `INSERT INTO events (stream, revision, event_id, type, data, metadata, command_id, occurred_at, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRequest = ({ stream, events, expected }: AppendRequest) => {
    if (expected === 'any') throw new Error('the ceiling needs exact expected revisions');
    const first = expected === 'no_stream' ? 0 : expected + 1;
    const recordedAt = new Date().toISOString();
    events.forEach((event, index) =>
      insert.run(
        stream,
        first + index,
        event.eventId,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        event.metadata.commandId,
        event.occurredAt,
        recordedAt,
      ),
    );
  };
  const one = db.transaction(insertRequest);
  const batch = db.transaction((requests: AppendRequest[]) => requests.forEach(insertRequest));
  return {
    async appendOne(request) {
      one.immediate(request);
    },
    async appendBatch(requests) {
      batch.immediate(requests);
    },
    async close() {
      db.close();
    },
  };
};
