import { AsyncLocalStorage } from 'node:async_hooks';
import { AppendSignal } from '../append-signal';
import { assertExpectedRevision, assertNotEmpty, previousAppend } from '../append-rules';
import {
  AppendRequest,
  AppendResult,
  EventStaging,
  EventStore,
  ExpectedRevision,
  LogItem,
  NewEvent,
  RecordedEvent,
  SerializedEvent,
  StagedWrites,
  WrongExpectedRevision,
} from '../event-store.port';

/** A stream a stage has touched: what the store held when first read (its write expects that revision), and what was staged on top. */
interface TouchedStream {
  stored: RecordedEvent[];
  staged: RecordedEvent[];
  /** The staged events as they were appended: what the commit writes. */
  appended: NewEvent[];
  /** Stored and staged events together, as reads see them; built when first read after a change. */
  view: RecordedEvent[] | null;
}

/**
 * Writes held back until `commit`: streams read through it show what was staged on top of what is stored, so
 * ordinary command handlers decide a whole document of changes (an EPCIS capture) that then lands all or nothing.
 * Only streams are staged: the log (`readAll`, `subscribe`, `headPosition`) is the store's.
 */
class Stage implements StagedWrites {
  private readonly streams = new Map<string, TouchedStream>();
  /** Streams in the order of their first staged append: the order they commit in (a capture's job, staged last, lands last). */
  private readonly written = new Map<string, TouchedStream>();
  /** First reads still on their way from the store (one read may bring many streams): a stream read twice at once is read from the store once. */
  private readonly loading = new Map<string, Promise<unknown>>();
  private readonly byEventId = new Map<string, RecordedEvent>();
  /** Streams in the order of their staged appends, for `undo`. */
  private readonly journal: Array<{ touched: TouchedStream; count: number }> = [];
  /** The store records staged events when they commit; until then they carry the time the stage began (one clock read a stage, not one an append). */
  private readonly recordedAt = new Date().toISOString();

  constructor(private readonly base: EventStore) {}

  /** A stream touched before is answered from the stage: a capture reads its product's streams once an event. */
  readStream(stream: string): Promise<RecordedEvent[]> {
    const touched = this.streams.get(stream);
    return touched ? Promise.resolve(viewOf(touched)) : this.touch(stream).then(viewOf);
  }

  /**
   * Streams not touched yet are read from the store together: a capture reads a whole document's streams at once,
   * then decides. One promise stands for the whole read (a read of one of them meanwhile waits for it), not one a stream.
   */
  async readStreams(streams: string[]): Promise<Map<string, RecordedEvent[]>> {
    const unread = [...new Set(streams)].filter((stream) => !this.streams.has(stream) && !this.loading.has(stream));
    if (unread.length) {
      const read = this.base.readStreams(unread).then(
        (stored) => {
          for (const stream of unread) this.loaded(stream, stored.get(stream) as RecordedEvent[]);
        },
        (error: unknown) => {
          for (const stream of unread) this.loading.delete(stream);
          throw error;
        },
      );
      for (const stream of unread) this.loading.set(stream, read);
    }
    const pending = new Set(streams.flatMap((stream) => (this.streams.has(stream) ? [] : [this.loading.get(stream) ?? this.touch(stream)])));
    if (pending.size) await Promise.all(pending);
    return new Map(streams.map((stream) => [stream, viewOf(this.streams.get(stream) as TouchedStream)]));
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const [result] = await this.appendAll([{ stream, events, expected }]);
    return result;
  }

  async appendMany(requests: AppendRequest[]): Promise<Array<AppendResult | WrongExpectedRevision>> {
    const results: Array<AppendResult | WrongExpectedRevision> = [];
    for (const request of requests) {
      try {
        results.push(await this.append(request.stream, request.events, request.expected));
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error;
        results.push(error);
      }
    }
    return results;
  }

  async appendAll(requests: AppendRequest[]): Promise<AppendResult[]> {
    const targets: TouchedStream[] = [];
    const earlier: Array<AppendResult | null> = [];
    for (const { stream, events, expected } of requests) {
      assertNotEmpty(stream, events);
      const touched = this.streams.get(stream) ?? (await this.touch(stream));
      const previous = previousAppend(stream, events, (eventId) => this.byEventId.get(eventId));
      if (!previous) assertExpectedRevision(stream, expected, touched.stored.length + touched.staged.length - 1);
      targets.push(touched);
      earlier.push(previous);
    }
    return requests.map((request, index) => earlier[index] ?? this.stage(targets[index], request));
  }

  mark(): number {
    return this.journal.length;
  }

  undo(mark: number): void {
    while (this.journal.length > mark) {
      const { touched, count } = this.journal.pop() as { touched: TouchedStream; count: number };
      touched.appended.splice(touched.appended.length - count, count);
      for (const event of touched.staged.splice(touched.staged.length - count, count)) this.byEventId.delete(event.eventId);
      touched.view = null;
    }
  }

  get size(): number {
    let size = 0;
    for (const { staged } of this.written.values()) size += staged.length;
    return size;
  }

  async commit(): Promise<AppendResult[]> {
    const requests: AppendRequest[] = [];
    for (const [stream, { stored, appended }] of this.written) {
      if (appended.length === 0) continue;
      const expected = stored.length ? stored[stored.length - 1].revision : 'no_stream';
      requests.push({ stream, expected, events: appended });
    }
    return requests.length ? this.base.appendAll(requests) : [];
  }

  private touch(stream: string): Promise<TouchedStream> {
    const touched = this.streams.get(stream);
    if (touched) return Promise.resolve(touched);
    const loading = this.loading.get(stream);
    if (loading) return loading.then(() => this.streams.get(stream) as TouchedStream);
    // Noted while on its way, so a stream read twice at once is read once.
    const read = this.base.readStream(stream).then(
      (stored) => this.loaded(stream, stored),
      (error: unknown) => {
        this.loading.delete(stream);
        throw error;
      },
    );
    this.loading.set(stream, read);
    return read;
  }

  /** A stream's first read from the store, arrived. */
  private loaded(stream: string, stored: RecordedEvent[]): TouchedStream {
    const touched: TouchedStream = { stored, staged: [], appended: [], view: null };
    this.streams.set(stream, touched);
    this.loading.delete(stream);
    return touched;
  }

  private stage(touched: TouchedStream, { stream, events }: AppendRequest): AppendResult {
    const first = touched.stored.length + touched.staged.length;
    events.forEach((event, index) => {
      const recorded = recordedOf(event, stream, first + index, this.recordedAt);
      touched.staged.push(recorded);
      touched.appended.push(event);
      this.byEventId.set(event.eventId, recorded);
    });
    touched.view = null;
    if (!this.written.has(stream)) this.written.set(stream, touched);
    this.journal.push({ touched, count: events.length });
    return { revision: first + events.length - 1, position: 0 };
  }
}

/** What reads of a touched stream see; frozen, because every read until the next change shares it. */
function viewOf(touched: TouchedStream): RecordedEvent[] {
  touched.view ??= Object.freeze([...touched.stored, ...touched.staged]) as RecordedEvent[];
  return touched.view;
}

/** A staged event as reads see it; built field by field: spreading the appended event was the costliest line of staging. */
function recordedOf(event: NewEvent, stream: string, revision: number, recordedAt: string): RecordedEvent {
  // Positions are the log's to give: a staged event has none until it is committed.
  const recorded: RecordedEvent = {
    eventId: event.eventId,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata,
    occurredAt: event.occurredAt,
    stream,
    revision,
    position: 0,
    recordedAt,
  };
  if (event.requestHash !== undefined) recorded.requestHash = event.requestHash;
  return recorded;
}

/**
 * The store every writer uses, able to hold a piece of work's writes back: inside `staged`, stream reads and
 * appends go to that work's stage (AsyncLocalStorage follows it through awaits, so handlers need not know);
 * everywhere else they go straight to the store.
 */
export class StagingEventStore implements EventStore, EventStaging {
  private readonly stages = new AsyncLocalStorage<Stage>();

  constructor(readonly base: EventStore) {}

  staged<T>(work: (stage: StagedWrites) => Promise<T>): Promise<T> {
    const stage = new Stage(this.base);
    return this.stages.run(stage, () => work(stage));
  }

  private get writer(): EventStore | Stage {
    return this.stages.getStore() ?? this.base;
  }

  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.writer.append(stream, events, expected);
  }

  appendMany(requests: AppendRequest[]): Promise<Array<AppendResult | WrongExpectedRevision>> {
    return this.writer.appendMany(requests);
  }

  appendAll(requests: AppendRequest[]): Promise<AppendResult[]> {
    return this.writer.appendAll(requests);
  }

  readStream(stream: string): Promise<RecordedEvent[]> {
    return this.writer.readStream(stream);
  }

  readStreams(streams: string[]): Promise<Map<string, RecordedEvent[]>> {
    return this.writer.readStreams(streams);
  }

  readAll(after: number, limit: number): Promise<RecordedEvent[]> {
    return this.base.readAll(after, limit);
  }

  readAllSerialized(after: number, limit: number): Promise<SerializedEvent[]> {
    return this.base.readAllSerialized(after, limit);
  }

  readByCommand(commandId: string): Promise<RecordedEvent[]> {
    return this.base.readByCommand(commandId);
  }

  headPosition(): Promise<number> {
    return this.base.headPosition();
  }

  subscribe(after: number, signal: AbortSignal): AsyncIterable<LogItem> {
    return this.base.subscribe(after, signal);
  }

  get appended(): AppendSignal | undefined {
    return this.base.appended;
  }

  close(): Promise<void> {
    return this.base.close();
  }
}
