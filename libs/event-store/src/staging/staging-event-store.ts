import { AsyncLocalStorage } from 'node:async_hooks';
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

/**
 * Writes held back until `commit`: streams read through it show what was staged on top of what is stored, so
 * ordinary command handlers decide a whole document of changes (an EPCIS capture) that then lands all or nothing.
 * Only streams are staged: the log (`readAll`, `subscribe`, `headPosition`) is the store's.
 */
class Stage implements StagedWrites {
  /** What each touched stream held in the store when first touched: its write expects that revision. */
  private readonly stored = new Map<string, RecordedEvent[]>();
  private readonly staged = new Map<string, RecordedEvent[]>();
  private readonly byEventId = new Map<string, RecordedEvent>();
  /** Streams in the order of their staged appends, for `undo`. */
  private readonly journal: Array<{ stream: string; count: number }> = [];

  constructor(private readonly base: EventStore) {}

  async readStream(stream: string): Promise<RecordedEvent[]> {
    return [...(await this.storedOf(stream)), ...(this.staged.get(stream) ?? [])];
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
    const earlier: Array<AppendResult | null> = [];
    for (const { stream, events, expected } of requests) {
      assertNotEmpty(stream, events);
      const current = await this.readStream(stream);
      const previous = previousAppend(stream, events, (eventId) => this.byEventId.get(eventId));
      if (!previous) assertExpectedRevision(stream, expected, current.length - 1);
      earlier.push(previous);
    }
    return requests.map((request, index) => earlier[index] ?? this.stage(request));
  }

  mark(): number {
    return this.journal.length;
  }

  undo(mark: number): void {
    while (this.journal.length > mark) {
      const { stream, count } = this.journal.pop() as { stream: string; count: number };
      const events = this.staged.get(stream) as RecordedEvent[];
      for (const event of events.splice(events.length - count, count)) this.byEventId.delete(event.eventId);
    }
  }

  get size(): number {
    let size = 0;
    for (const events of this.staged.values()) size += events.length;
    return size;
  }

  async commit(): Promise<AppendResult[]> {
    const requests: AppendRequest[] = [];
    for (const [stream, events] of this.staged) {
      if (events.length === 0) continue;
      const stored = this.stored.get(stream) as RecordedEvent[];
      const expected = stored.length ? stored[stored.length - 1].revision : 'no_stream';
      requests.push({ stream, expected, events: events.map(newEventOf) });
    }
    return requests.length ? this.base.appendAll(requests) : [];
  }

  private async storedOf(stream: string): Promise<RecordedEvent[]> {
    let stored = this.stored.get(stream);
    if (!stored) {
      stored = await this.base.readStream(stream);
      this.stored.set(stream, stored);
    }
    return stored;
  }

  private stage({ stream, events }: AppendRequest): AppendResult {
    const staged = this.staged.get(stream) ?? [];
    this.staged.set(stream, staged);
    const first = (this.stored.get(stream) as RecordedEvent[]).length + staged.length;
    const recordedAt = new Date().toISOString();
    events.forEach((event, index) => {
      // Positions are the log's to give: a staged event has none until it is committed.
      const recorded: RecordedEvent = { ...event, stream, revision: first + index, position: 0, recordedAt, data: event.data as Record<string, unknown> };
      staged.push(recorded);
      this.byEventId.set(event.eventId, recorded);
    });
    this.journal.push({ stream, count: events.length });
    return { revision: first + events.length - 1, position: 0 };
  }
}

const newEventOf = (event: RecordedEvent): NewEvent => ({
  eventId: event.eventId,
  type: event.type,
  data: event.data,
  metadata: event.metadata,
  occurredAt: event.occurredAt,
  ...(event.requestHash === undefined ? {} : { requestHash: event.requestHash }),
});

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

  close(): Promise<void> {
    return this.base.close();
  }
}
