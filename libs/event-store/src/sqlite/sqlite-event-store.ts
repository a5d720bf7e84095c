import Database from 'better-sqlite3';
import { AppendSignal } from '../append-signal';
import { assertExpectedRevision, assertNotEmpty, previousAppend } from '../append-rules';
import {
  AppendRequest,
  AppendResult,
  EventStore,
  ExpectedRevision,
  LogItem,
  NewEvent,
  RecordedEvent,
  SerializedEvent,
  WrongExpectedRevision,
} from '../event-store.port';
import { pollingSubscription } from '../polling-subscription';
import { GroupCommit } from './group-commit';
import { WalCheckpointer } from './wal-checkpointer';

export interface SqliteEventStoreOptions {
  /** File path, or ':memory:'. */
  file: string;
  /** FULL syncs the WAL on every commit (an accepted command survives power loss); NORMAL only survives process crashes. */
  synchronous?: 'FULL' | 'NORMAL';
  /** How often a caught-up subscription looks for appends made by other processes. */
  pollIntervalMs?: number;
  pageSize?: number;
  clock?: () => Date;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY,
    stream      TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    event_id    TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    command_id  TEXT    NOT NULL,
    occurred_at TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    request_hash TEXT
  );
  CREATE UNIQUE INDEX IF NOT EXISTS events_stream_revision ON events (stream, revision);
  -- Event ids derive from their command, so they are looked up (retries) and kept unique per command. Keyed by
  -- command first, the events of a bulk command sit side by side instead of at random places in two indexes
  -- (one by event id, one by command id): bulk appends to a large log run about 1.5 times as fast. Files made
  -- before get the new index once, when first opened.
  CREATE UNIQUE INDEX IF NOT EXISTS events_command_event ON events (command_id, event_id);
  DROP INDEX IF EXISTS events_event_id;
  DROP INDEX IF EXISTS events_command_id;
`;

/** Files made before the request fingerprint had its own column kept it in the metadata; it gets the column when first opened. */
const FINGERPRINT_COLUMN = 'ALTER TABLE events ADD COLUMN request_hash TEXT';

/**
 * A row of `COLUMNS`, as an array: `selectEvents` runs in raw mode, because better-sqlite3 builds an array per row
 * much faster than an object keyed by column names (a page of the log reads about 1.4 times as fast).
 */
type EventRow = [
  position: number,
  stream: string,
  revision: number,
  eventId: string,
  type: string,
  data: string,
  metadata: string,
  occurredAt: string,
  recordedAt: string,
  requestHash: string | null,
];

type StoredMetadata = RecordedEvent['metadata'] & { requestHash?: string };

/**
 * Metadata as the port promises it: without the request fingerprint, which events appended before it had its own
 * column hold inside (the text names it only then: for any other, the stored text is it, as it is).
 */
function publicMetadata(text: string): { metadata: RecordedEvent['metadata']; text: string; requestHash?: string } {
  const parsed = JSON.parse(text) as StoredMetadata;
  if (!text.includes('"requestHash"') || !('requestHash' in parsed)) return { metadata: parsed, text };
  const { requestHash, ...metadata } = parsed;
  return { metadata, text: JSON.stringify(metadata), requestHash };
}

const toSerialized = ([position, stream, revision, eventId, type, data, metadata, occurredAt, recordedAt]: EventRow): SerializedEvent => ({
  position,
  stream,
  revision,
  eventId,
  type,
  data,
  metadata: metadata.includes('"requestHash"') ? publicMetadata(metadata).text : metadata,
  occurredAt,
  recordedAt,
});

const toRecorded = ([position, stream, revision, eventId, type, data, text, occurredAt, recordedAt, column]: EventRow): RecordedEvent => {
  const { metadata, requestHash = column ?? undefined } = publicMetadata(text);
  const event: RecordedEvent = { position, stream, revision, eventId, type, data: JSON.parse(data) as RecordedEvent['data'], metadata, occurredAt, recordedAt };
  if (requestHash !== undefined) event.requestHash = requestHash;
  return event;
};

/** Streams named in one statement of `readStreams` (its JSON array stays a few hundred kilobytes at most). */
const READ_STREAMS_CHUNK = 1000;

/** An optimistic append found its stream elsewhere than expected: the checked path decides what that means. */
class NotNew extends Error {}

const COLUMNS = 'position, stream, revision, event_id, type, data, metadata, occurred_at, recorded_at, request_hash';

/** The embedded event store: one WAL-mode SQLite file, one events table, the global position is the rowid. */
export class SqliteEventStore implements EventStore {
  readonly appended = new AppendSignal();
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly statements;
  private readonly commits: GroupCommit;
  /** Absent for a database in memory, which has no log to copy. */
  private readonly checkpointer?: WalCheckpointer;
  private readonly optimistically: (requests: AppendRequest[], recordedAt: string) => AppendResult[];

  constructor(private readonly options: SqliteEventStoreOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    const synchronous = options.synchronous ?? 'FULL';
    this.db.pragma(`synchronous = ${synchronous}`);
    this.db.pragma('busy_timeout = 10000');
    this.db.exec(SCHEMA);
    const columns = this.db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('events')").all();
    if (!columns.some((column) => column.name === 'request_hash')) this.db.exec(FINGERPRINT_COLUMN);
    this.statements = {
      lastRevision: this.db.prepare<[string], { revision: number | null }>('SELECT max(revision) AS revision FROM events WHERE stream = ?'),
      byEventId: this.selectEvents<[string, string]>('WHERE command_id = ? AND event_id = ?'),
      insert: this.db.prepare(
        `INSERT INTO events (stream, revision, event_id, type, data, metadata, command_id, occurred_at, recorded_at, request_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      readStream: this.selectEvents<[string]>('WHERE stream = ? ORDER BY revision'),
      // One statement for many streams: a JSON array of names, each looked up by the (stream, revision) index.
      readStreams: this.selectEvents<[string]>('WHERE stream IN (SELECT value FROM json_each(?)) ORDER BY stream, revision'),
      readAll: this.selectEvents<[number, number]>('WHERE position > ? ORDER BY position LIMIT ?'),
      readByCommand: this.selectEvents<[string]>('WHERE command_id = ? ORDER BY position'),
      head: this.db.prepare<[], { position: number | null }>('SELECT max(position) AS position FROM events'),
    };
    if (options.file !== ':memory:') this.checkpointer = new WalCheckpointer(this.db, options.file, synchronous);
    this.commits = new GroupCommit(this.db, () => {
      this.checkpointer?.committed();
      this.appended.notify();
    });
    // A savepoint inside the group's transaction: a refused optimistic insert leaves nothing behind.
    this.optimistically = this.db.transaction((requests: AppendRequest[], recordedAt: string) =>
      requests.map(({ stream, events, expected }) => {
        assertNotEmpty(stream, events);
        if (expected === 'no_stream') return this.insertedAt(stream, events, 0, recordedAt);
        const current = this.lastRevision(stream);
        if (expected !== 'any' && current !== expected) throw new NotNew();
        return this.insertedAt(stream, events, current + 1, recordedAt);
      }),
    );
  }

  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.commits.submit(() => this.written([{ stream, events, expected }])[0]);
  }

  appendMany(requests: AppendRequest[]): Promise<Array<AppendResult | WrongExpectedRevision>> {
    return this.commits.submit(() =>
      requests.map((request) => {
        try {
          return this.written([request])[0];
        } catch (error) {
          if (error instanceof WrongExpectedRevision) return error;
          throw error;
        }
      }),
    );
  }

  appendAll(requests: AppendRequest[]): Promise<AppendResult[]> {
    return this.commits.submit(() => this.written(requests));
  }

  async readStream(stream: string): Promise<RecordedEvent[]> {
    return this.statements.readStream.all(stream).map(toRecorded);
  }

  async readStreams(streams: string[]): Promise<Map<string, RecordedEvent[]>> {
    const found = new Map<string, RecordedEvent[]>(streams.map((stream) => [stream, []]));
    for (let from = 0; from < streams.length; from += READ_STREAMS_CHUNK) {
      for (const row of this.statements.readStreams.all(JSON.stringify(streams.slice(from, from + READ_STREAMS_CHUNK)))) {
        (found.get(row[1]) as RecordedEvent[]).push(toRecorded(row));
      }
    }
    return found;
  }

  async readAll(after: number, limit: number): Promise<RecordedEvent[]> {
    return this.statements.readAll.all(after, limit).map(toRecorded);
  }

  async readAllSerialized(after: number, limit: number): Promise<SerializedEvent[]> {
    return this.statements.readAll.all(after, limit).map(toSerialized);
  }

  async readByCommand(commandId: string): Promise<RecordedEvent[]> {
    return this.statements.readByCommand.all(commandId).map(toRecorded);
  }

  async headPosition(): Promise<number> {
    return this.statements.head.get()?.position ?? 0;
  }

  subscribe(after: number, signal: AbortSignal): AsyncIterable<LogItem> {
    return pollingSubscription(this, after, signal, {
      pageSize: this.options.pageSize ?? 1000,
      pollIntervalMs: this.options.pollIntervalMs ?? 50,
    });
  }

  /** Caps the file at `pages` pages of the database: what a full disk does, for tests of that case. */
  capPages(pages: number): void {
    this.db.pragma(`max_page_count = ${Math.floor(pages)}`);
  }

  async close(): Promise<void> {
    this.commits.commit();
    await this.checkpointer?.close();
    this.db.close();
  }

  private selectEvents<Bind extends unknown[]>(where: string) {
    return this.db.prepare<Bind, EventRow>(`SELECT ${COLUMNS} FROM events ${where}`).raw(true);
  }

  /**
   * The requests appended all or nothing. Writers append at the revision they read, with new event ids, nearly
   * always: they are inserted at once (a stream created needs no look-up at all, one that grows only its last
   * revision's), and the unique indexes refuse what is not new. Then the checked path decides: a retried append
   * answers its first result, a stale one is refused.
   */
  private written(requests: AppendRequest[]): AppendResult[] {
    const recordedAt = this.clock().toISOString();
    try {
      return this.optimistically(requests, recordedAt);
    } catch (error) {
      if (!(error instanceof NotNew) && (error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
    }
    return requests.map((request) => this.appendOne(request, recordedAt));
  }

  private insertedAt(stream: string, events: NewEvent[], first: number, recordedAt: string): AppendResult {
    let position = 0;
    events.forEach((event, index) => {
      const inserted = this.statements.insert.run(
        stream,
        first + index,
        event.eventId,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        event.metadata.commandId,
        event.occurredAt,
        recordedAt,
        event.requestHash ?? null,
      );
      position = Number(inserted.lastInsertRowid);
    });
    return { revision: first + events.length - 1, position };
  }

  private appendOne({ stream, events, expected }: AppendRequest, recordedAt: string): AppendResult {
    assertNotEmpty(stream, events);
    const previous = previousAppend(stream, events, (eventId) => {
      const commandId = (events.find((event) => event.eventId === eventId) as NewEvent).metadata.commandId;
      const row = this.statements.byEventId.get(commandId, eventId);
      return row && toRecorded(row);
    });
    if (previous) return previous;
    const current = this.lastRevision(stream);
    assertExpectedRevision(stream, expected, current);
    return this.insertedAt(stream, events, current + 1, recordedAt);
  }

  private lastRevision(stream: string): number {
    return this.statements.lastRevision.get(stream)?.revision ?? -1;
  }
}
