import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CLOCK, Clock } from '@trace/config';
import { Conflict, Decider, DomainEvent, fold, InvalidReference, resolveOccurredAt } from '@trace/domain';
import { AppendResult, EVENT_STORE, EventStore, ExpectedRevision, RecordedEvent, WrongExpectedRevision } from '@trace/event-store';
import { CommandContext } from './command-context';
import { retryingConflicts } from './conflict-retries';
import { envelopes, recordedFacts } from './event-envelopes';

/** Events decided for one stream of a multi-stream command, with the revision they were decided on. */
export interface StreamWrite {
  stream: string;
  expected: ExpectedRevision;
  events: DomainEvent[];
}

/** An aggregate read for a multi-stream command: its state and the revision its write must expect. */
export interface Loaded<State> {
  state: State;
  stream: string;
  expected: ExpectedRevision;
}

export const writeOf = (loaded: Loaded<unknown>, events: DomainEvent[]): StreamWrite => ({ stream: loaded.stream, expected: loaded.expected, events });

/** The position of a multi-stream write's last event (0 when it wrote none). */
export const lastPosition = (results: AppendResult[]): number => results.reduce((max, result) => Math.max(max, result.position), 0);

/** Answer of a multi-stream command: the revision of the addressed stream (by index) and the last position. */
export function answerFor(results: AppendResult[], addressed: number): { revision: number; position: number } {
  return { revision: results[addressed].revision, position: lastPosition(results) };
}

export interface StreamCommand<State> {
  stream: string;
  decider: Pick<Decider<unknown, DomainEvent, State>, 'initialState' | 'evolve'>;
  decide(state: State): DomainEvent[];
  context: CommandContext;
  occurredAt: string;
}

/** Load a stream, fold it, decide, append at the exact revision; retry races; honour idempotency keys. */
@Injectable()
export class StreamCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  occurredAt(given: string | undefined): string {
    return resolveOccurredAt(given, this.clock(), this.config.clockSkewMs);
  }

  async state<State>(stream: string, decider: StreamCommand<State>['decider']): Promise<{ state: State; history: RecordedEvent[] }> {
    const history = await this.store.readStream(stream);
    return { state: fold(decider, recordedFacts(history)), history };
  }

  /** The states of many streams of one kind, read together (one read of the store where it allows). */
  async states<State>(streams: string[], decider: StreamCommand<State>['decider']): Promise<Map<string, State>> {
    const read = await this.store.readStreams(streams);
    return new Map([...read].map(([stream, history]) => [stream, fold(decider, recordedFacts(history))]));
  }

  /** Reads streams a piece of work is about to read one by one, all at once: inside a stage, they are then the stage's. */
  async readAhead(streams: string[]): Promise<void> {
    if (streams.length) await this.store.readStreams(streams);
  }

  /** Revision to expect when appending after `history`. */
  static expectedAfter(history: RecordedEvent[]): ExpectedRevision {
    return history.length ? history[history.length - 1].revision : 'no_stream';
  }

  /** `read`, the stream as its caller just read it, saves reading it again; a race reads it anew. */
  async execute<State>(command: StreamCommand<State>, read?: { state: State; history: RecordedEvent[] }): Promise<AppendResult> {
    let known = read;
    if (!command.context.idempotent) {
      // Without a key nothing earlier is looked up: read, decide and append at once; only a race needs the loop below
      // (a captured EPCIS document runs two thousand commands this way).
      known ??= await this.state(command.stream, command.decider);
      const decided = command.decide(known.state);
      if (decided.length) {
        const events = envelopes(command.stream, decided, command.context, command.occurredAt);
        try {
          return (await this.store.appendAll([{ stream: command.stream, expected: StreamCommands.expectedAfter(known.history), events }]))[0];
        } catch (error) {
          if (!(error instanceof WrongExpectedRevision)) throw error;
          known = undefined;
        }
      }
    }
    const [result] = await this.executeAll(command.context, command.occurredAt, async () => {
      const { state, history } = known ?? (await this.state(command.stream, command.decider));
      known = undefined;
      return [{ stream: command.stream, expected: StreamCommands.expectedAfter(history), events: command.decide(state) }];
    });
    return result;
  }

  /**
   * A command over several streams (assembly, recalls): `plan` reads what it needs and decides; the writes
   * land all or nothing at the revisions they were decided on. Races re-plan (retryingConflicts).
   * An idempotent retry answers with the first outcome: the last event appended to each stream.
   */
  async executeAll(context: CommandContext, occurredAt: string, plan: () => Promise<StreamWrite[]>): Promise<AppendResult[]> {
    let results: AppendResult[] = [];
    let changed = '';
    await retryingConflicts(
      [context],
      async () => {
        // Without a key there is nothing to look up: no await (a captured EPCIS document runs thousands of commands).
        const earlier = context.idempotent ? await this.earlierOutcome(context) : [];
        if (earlier.length) {
          results = lastPerStream(earlier);
          return [];
        }
        const writes = (await plan()).filter((write) => write.events.length > 0);
        const requests = writes.map((write) => ({ ...write, events: envelopes(write.stream, write.events, context, occurredAt) }));
        try {
          results = await this.store.appendAll(requests);
          return [];
        } catch (error) {
          if (!(error instanceof WrongExpectedRevision)) throw error;
          changed = error.stream;
          return [context];
        }
      },
      () => new Conflict(`${changed} kept changing under concurrent writers; retry the command`),
    );
    return results;
  }

  /**
   * Events already appended under this command's idempotency key; empty when there is no key or no earlier
   * attempt. A key reused for a different request is refused rather than silently answered.
   */
  async earlierOutcome(context: CommandContext): Promise<RecordedEvent[]> {
    if (!context.idempotent) return [];
    const earlier = await this.store.readByCommand(context.commandId).catch((error) => {
      // A store without multi-stream transactions completes an interrupted write here; another writer may have won.
      if (error instanceof WrongExpectedRevision)
        throw new Conflict(`an interrupted earlier attempt could not be completed: ${error.stream} changed meanwhile`);
      throw error;
    });
    if (earlier.length && earlier[0].requestHash !== context.requestHash) {
      throw new InvalidReference('Idempotency-Key', 'Idempotency-Key was already used for a different request', 'reuse it only to retry the identical request');
    }
    return earlier;
  }
}

function lastPerStream(events: RecordedEvent[]): AppendResult[] {
  const last = new Map<string, AppendResult>();
  for (const event of events) last.set(event.stream, { revision: event.revision, position: event.position });
  return [...last.values()];
}
