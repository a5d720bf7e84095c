import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { appendToStream, createEventStoreSchema, sqliteConnection } from '@event-driven-io/emmett-sqlite';
import { AppendRequest } from '@trace/event-store';
import { OpenAppender } from './appender';

/**
 * The peer, @event-driven-io/emmett-sqlite, at its fastest: its own appendToStream on one long-lived connection.
 * (Its getSQLiteEventStore façade opens and closes the database file around every call, which would flatter us.)
 * Same stream names, same event data and metadata, our event ids as its message ids, same pragmas.
 */
export const openEmmettPeer: OpenAppender = async (file, durability) => {
  const connection = sqliteConnection({ fileName: file });
  await connection.command('PRAGMA journal_mode = WAL');
  await connection.command(`PRAGMA synchronous = ${durability}`);
  await connection.command('PRAGMA busy_timeout = 10000');
  await createEventStoreSchema(connection);
  const appendOne = async ({ stream, events, expected }: AppendRequest) => {
    if (expected === 'any') throw new Error('the peer comparison needs exact expected revisions');
    const messages = events.map((event) => ({
      type: event.type,
      data: event.data as Record<string, unknown>,
      metadata: { ...event.metadata, messageId: event.eventId, occurredAt: event.occurredAt },
    }));
    const streamType = stream.slice(0, stream.indexOf('-'));
    // Emmett counts stream versions from 1, our revisions from 0.
    const expectedStreamVersion = expected === 'no_stream' ? STREAM_DOES_NOT_EXIST : BigInt(expected + 1);
    const result = await appendToStream(connection, stream, streamType, messages, { expectedStreamVersion });
    if (!result.success) throw new Error(`emmett refused the append to ${stream}`);
  };
  return {
    appendOne,
    async appendBatch(requests) {
      // Emmett nests transactions on one connection, so the batch commits once, like appendMany.
      await connection.withTransaction(async () => {
        for (const request of requests) await appendOne(request);
      });
    },
    async close() {
      connection.close();
    },
  };
};
