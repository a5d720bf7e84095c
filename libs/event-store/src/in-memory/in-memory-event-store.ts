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
import { serialized } from '../serialized-event';

/** Event store for unit tests: same contract as the durable adapters, nothing survives the process. */
export class InMemoryEventStore implements EventStore {
  readonly appended = new AppendSignal();
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byEventId = new Map<string, RecordedEvent>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const result = this.appendOne({ stream, events, expected });
    this.appended.notify();
    return result;
  }

  async appendMany(requests: AppendRequest[]): Promise<Array<AppendResult | WrongExpectedRevision>> {
    const results = requests.map((request) => {
      try {
        return this.appendOne(request);
      } catch (error) {
        if (error instanceof WrongExpectedRevision) return error;
        throw error;
      }
    });
    this.appended.notify();
    return results;
  }

  async appendAll(requests: AppendRequest[]): Promise<AppendResult[]> {
    // Check every expectation before writing anything, so a failure leaves no partial write.
    for (const { stream, events, expected } of requests) {
      assertNotEmpty(stream, events);
      if (!previousAppend(stream, events, (eventId) => this.byEventId.get(eventId))) {
        assertExpectedRevision(stream, expected, (this.streams.get(stream)?.length ?? 0) - 1);
      }
    }
    const results = requests.map((request) => this.appendOne(request));
    this.appended.notify();
    return results;
  }

  async readStream(stream: string): Promise<RecordedEvent[]> {
    return [...(this.streams.get(stream) ?? [])];
  }

  async readStreams(streams: string[]): Promise<Map<string, RecordedEvent[]>> {
    return new Map(streams.map((stream) => [stream, [...(this.streams.get(stream) ?? [])]]));
  }

  async readAll(after: number, limit: number): Promise<RecordedEvent[]> {
    // Positions are 1-based array indexes here, so `after` is where the page starts.
    return this.log.slice(after, after + limit);
  }

  async readAllSerialized(after: number, limit: number): Promise<SerializedEvent[]> {
    return (await this.readAll(after, limit)).map(serialized);
  }

  async readByCommand(commandId: string): Promise<RecordedEvent[]> {
    return this.log.filter((event) => event.metadata.commandId === commandId);
  }

  async headPosition(): Promise<number> {
    return this.log.length;
  }

  subscribe(after: number, signal: AbortSignal): AsyncIterable<LogItem> {
    return pollingSubscription(this, after, signal, { pageSize: 500, pollIntervalMs: 1000 });
  }

  async close(): Promise<void> {}

  private appendOne({ stream, events, expected }: AppendRequest): AppendResult {
    assertNotEmpty(stream, events);
    const previous = previousAppend(stream, events, (eventId) => this.byEventId.get(eventId));
    if (previous) return previous;
    const existing = this.streams.get(stream) ?? [];
    assertExpectedRevision(stream, expected, existing.length - 1);
    const recordedAt = this.clock().toISOString();
    const recorded = events.map((event, index): RecordedEvent => ({
      position: this.log.length + index + 1,
      stream,
      revision: existing.length + index,
      eventId: event.eventId,
      type: event.type,
      data: structuredClone(event.data) as Record<string, unknown>,
      metadata: { ...event.metadata },
      occurredAt: event.occurredAt,
      recordedAt,
      ...(event.requestHash === undefined ? {} : { requestHash: event.requestHash }),
    }));
    this.log.push(...recorded);
    this.streams.set(stream, [...existing, ...recorded]);
    for (const event of recorded) this.byEventId.set(event.eventId, event);
    const last = recorded[recorded.length - 1];
    return { revision: last.revision, position: last.position };
  }
}
