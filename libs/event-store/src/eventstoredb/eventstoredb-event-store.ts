import {
  AllStreamRecordedEvent,
  BACKWARDS,
  ANY,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent as ClientEvent,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { mapLimited } from '@trace/shared';
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
import { serialized } from '../serialized-event';
import {
  commandIntent,
  commandPointers,
  commandStream,
  intentStream,
  lastIntent,
  pointedStreams,
  resumePointersAt,
  streamsByCommand,
  unfinished,
} from './command-index';
import { toPortError, toWrongExpectedRevision } from './errors';
import { toEventData, toRecordedEvent } from './event-mapping';
import { followLog } from './follow-log';
import { isFollowed } from './log-filter';
import { logPosition, positionNumber, toExpectedRevision } from './positions';

export interface EventStoreDbOptions {
  /** e.g. `esdb://localhost:2113?tls=false`, or `esdb+discover://…` for a cluster. */
  connectionString: string;
  /** Streams of the domain (`unit-`, `lot-`): the only ones subscriptions and reads of $all deliver. */
  streamPrefixes: readonly string[];
}

/** How many appends or stream reads one call keeps in flight (bulk assignment, idempotency look-ups). */
const CONCURRENCY = 16;
/** Events per read of $all; reads skip what is not followed, so a page may hold fewer. */
const PAGE_SIZE = 512;

/**
 * The event store on EventStoreDB: one stream per unit and lot, appends at the exact expected revision with the
 * port's deterministic event ids, and catch-up subscriptions to $all with a server-side filter. EventStoreDB has
 * no multi-stream transaction: appendMany needs none (each request stands alone); appendAll checks every
 * expectation first, records its requests with the command's pointers, then appends in order, so a crash or a
 * race between two of its appends leaves it partial until the command's retry completes it (readByCommand).
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;

  constructor(private readonly options: EventStoreDbOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const [result] = await this.appendMany([{ stream, events, expected }]);
    if (result instanceof WrongExpectedRevision) throw result;
    return result;
  }

  async appendMany(requests: AppendRequest[]): Promise<Array<AppendResult | WrongExpectedRevision>> {
    const refused = await this.pointToStreams(requests);
    return mapLimited(requests, CONCURRENCY, (request) => this.settle(request, refused));
  }

  async appendAll(requests: AppendRequest[]): Promise<AppendResult[]> {
    for (const request of requests) await this.assertAppendable(request);
    const refused = await this.pointToStreams(requests);
    for (const [commandId] of streamsByCommand(requests)) {
      await this.client.appendToStream(intentStream(commandId), commandIntent(commandId, requests), { expectedRevision: ANY });
    }
    const results: AppendResult[] = [];
    for (const request of requests) {
      const result = await this.settle(request, refused);
      if (result instanceof WrongExpectedRevision) throw result;
      results.push(result);
    }
    return results;
  }

  async readStream(stream: string): Promise<RecordedEvent[]> {
    return (await this.streamEvents(stream)).map(toRecordedEvent);
  }

  /** EventStoreDB reads one stream a call: the reads run side by side, as many at once as appends do. */
  async readStreams(streams: string[]): Promise<Map<string, RecordedEvent[]>> {
    const read = await mapLimited(streams, CONCURRENCY, (stream) => this.readStream(stream));
    return new Map(streams.map((stream, index) => [stream, read[index]]));
  }

  async readAll(after: number, limit: number): Promise<RecordedEvent[]> {
    const found: RecordedEvent[] = [];
    let position = after;
    while (found.length < limit) {
      // A read from a position starts with the event at it: only what comes after counts.
      const page = (await this.allEvents({ fromPosition: logPosition(position), direction: FORWARDS, maxCount: PAGE_SIZE })).filter(
        (event) => positionNumber(event.position) > position,
      );
      if (page.length === 0) break;
      for (const event of page) {
        position = positionNumber(event.position);
        if (isFollowed(this.options.streamPrefixes, event)) found.push(toRecordedEvent(event));
        if (found.length === limit) break;
      }
    }
    return found;
  }

  async readAllSerialized(after: number, limit: number): Promise<SerializedEvent[]> {
    return (await this.readAll(after, limit)).map(serialized);
  }

  /**
   * See command-index.ts: the command's pointer stream names its streams; their events of that command are the
   * answer, once an interrupted all-or-nothing write of the command has been completed.
   */
  async readByCommand(commandId: string): Promise<RecordedEvent[]> {
    const streams = pointedStreams(await this.streamEvents(commandStream(commandId)));
    const events = await this.eventsOfCommand(commandId, streams);
    if (events.length === 0) return events;
    const intent = lastIntent(await this.streamEvents(intentStream(commandId), { direction: BACKWARDS, fromRevision: END, maxCount: 1 }));
    const rest = unfinished(intent ?? [], new Set(events.map((event) => event.eventId)));
    if (rest.length === 0) return events;
    // Throws WrongExpectedRevision when another writer got there first: the command then cannot be completed.
    for (const request of rest) await this.appendOne(request);
    return this.eventsOfCommand(commandId, streams);
  }

  private async eventsOfCommand(commandId: string, streams: string[]): Promise<RecordedEvent[]> {
    const events = (await mapLimited(streams, CONCURRENCY, (stream) => this.readStream(stream))).flat();
    return events.filter((event) => event.metadata.commandId === commandId).sort((a, b) => a.position - b.position);
  }

  async headPosition(): Promise<number> {
    let before = Number.POSITIVE_INFINITY;
    for (;;) {
      const fromPosition = before === Number.POSITIVE_INFINITY ? END : logPosition(before);
      const page = (await this.allEvents({ fromPosition, direction: BACKWARDS, maxCount: PAGE_SIZE })).filter(
        (event) => positionNumber(event.position) < before,
      );
      if (page.length === 0) return 0;
      const newest = page.find((event) => isFollowed(this.options.streamPrefixes, event));
      if (newest) return positionNumber(newest.position);
      before = positionNumber(page[page.length - 1].position);
    }
  }

  subscribe(after: number, signal: AbortSignal): AsyncIterable<LogItem> {
    return followLog(this.client, this.options.streamPrefixes, after, signal);
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /** Appends one request, answering a conflict (or a refused command id) rather than throwing it. */
  private async settle(request: AppendRequest, refusedCommands: Set<string>): Promise<AppendResult | WrongExpectedRevision> {
    try {
      if (request.events.some((event) => refusedCommands.has(event.metadata.commandId))) {
        return new WrongExpectedRevision(request.stream, request.expected, await this.currentRevision(request.stream));
      }
      return await this.appendOne(request);
    } catch (error) {
      if (error instanceof WrongExpectedRevision) return error;
      throw error;
    }
  }

  /** Throws WrongExpectedRevision unless the request would append, or already did. */
  private async assertAppendable({ stream, events, expected }: AppendRequest): Promise<void> {
    assertNotEmpty(stream, events);
    const stored = await this.readStream(stream);
    if (previousAppend(stream, events, lookUp(stored))) return;
    assertExpectedRevision(stream, expected, stored.length - 1);
  }

  private async appendOne({ stream, events, expected }: AppendRequest): Promise<AppendResult> {
    try {
      const result = await this.client.appendToStream(stream, events.map(toEventData), { expectedRevision: toExpectedRevision(expected) });
      const revision = Number(result.nextExpectedRevision);
      // The server answers a deduplicated retry without a position: it is the stored last event's.
      return { revision, position: result.position ? positionNumber(result.position) : await this.positionOf(stream, revision) };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw toPortError(error);
      // A retry at an older revision: the server refuses it, but the events may all be there already.
      const previous = previousAppend(stream, events, lookUp(await this.readStream(stream)));
      if (previous) return previous;
      throw toWrongExpectedRevision(error, stream, expected);
    }
  }

  /**
   * Writes the pointer streams of the commands in `requests` before any of their events (see command-index.ts);
   * answers the commands refused because their id already points at other streams.
   */
  private async pointToStreams(requests: AppendRequest[]): Promise<Set<string>> {
    for (const { stream, events } of requests) assertNotEmpty(stream, events);
    const refused = new Set<string>();
    for (const [commandId, streams] of streamsByCommand(requests)) {
      if (!(await this.writePointers(commandId, streams))) refused.add(commandId);
    }
    return refused;
  }

  private async writePointers(commandId: string, streams: string[]): Promise<boolean> {
    const stream = commandStream(commandId);
    const pointers = commandPointers(commandId, streams);
    let next: number | null = 0;
    while (next !== null) {
      try {
        for (; next < pointers.length; next++) {
          await this.client.appendToStream(stream, pointers[next], { expectedRevision: next === 0 ? NO_STREAM : BigInt(next - 1) });
        }
        return true;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw toPortError(error);
        const stored = (await this.streamEvents(stream)).map((event) => event.id);
        next = resumePointersAt(
          stored,
          pointers.map((pointer) => pointer.id),
        );
      }
    }
    return false;
  }

  private async currentRevision(stream: string): Promise<number | 'no_stream'> {
    const [last] = await this.streamEvents(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    return last ? Number(last.revision) : 'no_stream';
  }

  private async positionOf(stream: string, revision: number): Promise<number> {
    const [event] = await this.streamEvents(stream, { fromRevision: BigInt(revision), maxCount: 1 });
    return positionNumber(event?.position);
  }

  /** A stream's events, or none when it does not exist. */
  private async streamEvents(stream: string, options?: ReadStreamOptions): Promise<ClientEvent[]> {
    try {
      const events: ClientEvent[] = [];
      for await (const resolved of this.client.readStream(stream, options)) if (resolved.event) events.push(resolved.event);
      return events;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw toPortError(error);
    }
  }

  private async allEvents(options: ReadAllOptions): Promise<AllStreamRecordedEvent[]> {
    try {
      const events: AllStreamRecordedEvent[] = [];
      for await (const resolved of this.client.readAll(options)) if (resolved.event) events.push(resolved.event);
      return events;
    } catch (error) {
      throw toPortError(error);
    }
  }
}

/** Finds stored events by id, for the port's retry rules. */
function lookUp(stored: RecordedEvent[]): (eventId: string) => RecordedEvent | undefined {
  const byId = new Map(stored.map((event) => [event.eventId, event]));
  return (eventId) => byId.get(eventId);
}
