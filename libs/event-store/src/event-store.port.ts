import type { AppendSignal } from './append-signal';

/** Thrown by adapters when the store cannot be reached; the API answers 503 for it. */
export { StoreUnavailable } from '@trace/shared';

/** Injection token of the EventStore port. */
export const EVENT_STORE = Symbol('EventStore');

/** Revision of the last event a writer expects in the stream (0-based), or a stream-level expectation. */
export type ExpectedRevision = number | 'no_stream' | 'any';

export interface EventMetadata {
  commandId: string;
  correlationId: string;
  causationId: string;
  /** The authenticated principal that asked. */
  actor: string;
  /** The person a gateway acted for (X-On-Behalf-Of), when it said so. */
  onBehalfOf?: string;
  /** The captured EPCIS event this was mapped from: queries show that event, once, not this as well. */
  epcisEventId?: string;
  schemaVersion: number;
}

export interface NewEvent {
  /** Deterministic per command, so a retried append is recognised and not stored twice. */
  eventId: string;
  type: string;
  data: object;
  metadata: EventMetadata;
  /** When it happened in the world (ISO 8601); `recordedAt` is set by the store. */
  occurredAt: string;
  /**
   * Fingerprint of the request that caused the event, kept beside the metadata rather than in it: it is internal
   * (an Idempotency-Key reused with another request is refused), and no reader of the log may see it.
   */
  requestHash?: string;
}

/** What the store knows of every event besides its data and metadata. */
export interface EventEnvelope {
  /** Global, gap-tolerant, strictly increasing order of the whole log (starts after 0). */
  position: number;
  stream: string;
  /** 0-based index in the stream. */
  revision: number;
  eventId: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
}

export interface RecordedEvent extends EventEnvelope {
  data: Record<string, unknown>;
  metadata: EventMetadata;
  /** As appended; absent when the command had none. */
  requestHash?: string;
}

/**
 * A recorded event whose data and metadata stay JSON text, exactly as JSON.stringify writes them: readers that
 * pass them on without looking inside (the export) spare a parse and a stringify per event. The metadata is the
 * public one: never the request fingerprint.
 */
export interface SerializedEvent extends EventEnvelope {
  data: string;
  metadata: string;
}

export interface AppendResult {
  /** Revision of the last event appended. */
  revision: number;
  /** Global position of the last event appended. */
  position: number;
}

export interface AppendRequest {
  stream: string;
  events: NewEvent[];
  expected: ExpectedRevision;
}

/** What a live subscription yields: events in log order, and a marker each time it has caught up. */
export type LogItem = { kind: 'event'; event: RecordedEvent } | { kind: 'caught_up'; position: number };

export class WrongExpectedRevision extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`stream ${stream}: expected revision ${expected}, actual ${actual}`);
    this.name = 'WrongExpectedRevision';
  }
}

export interface EventStore {
  /** Appends atomically, or throws WrongExpectedRevision. Re-appending the same event ids returns the first result. */
  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** Appends to many streams; each request succeeds or fails on its own (bulk serial assignment). */
  appendMany(requests: AppendRequest[]): Promise<Array<AppendResult | WrongExpectedRevision>>;
  /**
   * Appends to several streams all or nothing (assembly touches the parent, the component and the ancestors);
   * throws WrongExpectedRevision when any expectation fails. Stores without multi-stream transactions append in
   * order and rely on deterministic event ids, so retrying the same command completes a partial write.
   */
  appendAll(requests: AppendRequest[]): Promise<AppendResult[]>;
  /** All events of a stream in order; empty when the stream does not exist. */
  readStream(stream: string): Promise<RecordedEvent[]>;
  /** `readStream` of many streams, keyed by name (every one named, absent ones empty), in as few reads as the store allows. */
  readStreams(streams: string[]): Promise<Map<string, RecordedEvent[]>>;
  /** Up to `limit` events of the whole log with position > `after`. */
  readAll(after: number, limit: number): Promise<RecordedEvent[]>;
  /** The same events as `readAll`, with data and metadata as JSON text. */
  readAllSerialized(after: number, limit: number): Promise<SerializedEvent[]>;
  /** Events appended by one command, in order (idempotency look-up). */
  readByCommand(commandId: string): Promise<RecordedEvent[]>;
  /** Position of the newest event, 0 for an empty log. */
  headPosition(): Promise<number>;
  /** Follows the log from position > `after` until `signal` aborts; never ends by itself. */
  subscribe(after: number, signal: AbortSignal): AsyncIterable<LogItem>;
  /**
   * Stores whose subscriptions poll (the embedded ones) wake this process's subscriptions through it at every commit
   * of their own. Appends another thread made reach them by polling, or at once where that thread relays its own
   * (npm start's projector thread is told of the API's). Absent where subscriptions are pushed by the server.
   */
  readonly appended?: AppendSignal;
  close(): Promise<void>;
}

/** Writes held back: what a piece of work appended, readable by it, until it commits them all at once or drops them. */
export interface StagedWrites {
  /** A point to `undo` back to. */
  mark(): number;
  /** Drops what was staged after `mark`. */
  undo(mark: number): void;
  /** Events staged so far. */
  readonly size: number;
  /** Appends everything staged all or nothing, each stream at the revision it had when first read; throws WrongExpectedRevision. */
  commit(): Promise<AppendResult[]>;
}

/** Injection token of EventStaging: the event store's writers, held back for one piece of work. */
export const EVENT_STAGING = Symbol('EventStaging');

export interface EventStaging {
  /** Runs `work` with every stream read and append of the event store going to a stage; nothing reaches the store unless it commits. */
  staged<T>(work: (stage: StagedWrites) => Promise<T>): Promise<T>;
}
