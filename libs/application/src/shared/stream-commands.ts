import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CLOCK, Clock, HttpAnswer } from '@trace/config';
import { Conflict, Decider, DomainEvent, fold, resolveOccurredAt } from '@trace/domain';
import { AppendResult, EVENT_STORE, EventStore, RecordedEvent, WrongExpectedRevision } from '@trace/event-store';
import { CommandContext } from './command-context';
import { envelopes } from './event-envelopes';

/** Bounded retries when another writer appended to the same stream between our read and our append. */
const MAX_ATTEMPTS = 5;

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
    return { state: fold(decider, history as unknown as DomainEvent[]), history };
  }

  async execute<State>(command: StreamCommand<State>): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const earlier = await this.earlierOutcome(command.context);
      if (earlier.length) {
        const last = earlier[earlier.length - 1];
        return { revision: last.revision, position: last.position };
      }
      const { state, history } = await this.state(command.stream, command.decider);
      const events = envelopes(command.stream, command.decide(state), command.context, command.occurredAt);
      const expected = history.length ? history[history.length - 1].revision : 'no_stream';
      try {
        return await this.store.append(command.stream, events, expected);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error;
        if (attempt >= MAX_ATTEMPTS) throw new Conflict(`${command.stream} kept changing under concurrent writers; retry the command`);
      }
    }
  }

  /**
   * Events already appended under this command's idempotency key; empty when there is no key or no earlier
   * attempt. A key reused for a different request is refused rather than silently answered.
   */
  async earlierOutcome(context: CommandContext): Promise<RecordedEvent[]> {
    if (!context.idempotent) return [];
    const earlier = await this.store.readByCommand(context.commandId);
    if (earlier.length && earlier[0].metadata.requestHash !== context.requestHash) {
      throw new HttpAnswer(422, 'Idempotency-Key was already used for a different request', {}, [
        { field: 'Idempotency-Key', message: 'reuse it only to retry the identical request' },
      ]);
    }
    return earlier;
  }
}
