import { fold, LotChangeCommand, lotDecider, LotEvent, lotStream, RuleViolation } from '@trace/domain';
import { AppendRequest, EventStore, WrongExpectedRevision } from '@trace/event-store';
import { CommandContext } from '../../shared/command-context';
import { retryingConflicts } from '../../shared/conflict-retries';
import { envelopes, recordedFacts } from '../../shared/event-envelopes';

/** Lots read, decided and appended together. */
const LOT_CHUNK = 500;

/** The events a hold command gives, or none when there is nothing to do (already held; not held, or resolved). */
function decision(command: LotChangeCommand, events: LotEvent[]): LotEvent[] {
  const state = fold(lotDecider, events);
  if (!state.exists) return [];
  try {
    return lotDecider.decide(command, state);
  } catch (error) {
    if (error instanceof RuleViolation) return [];
    throw error;
  }
}

/**
 * Applies one recall's command (hold or release) to many lots, each decided on its stream and appended at the
 * revision it was decided on, a chunk of lots per write; a lot another writer changed meanwhile is decided again.
 * Event ids derive from the recall and the lot, so re-running after a crash appends nothing twice.
 */
export class LotHolds {
  constructor(
    private readonly store: EventStore,
    private readonly now: () => Date,
  ) {}

  async apply(lotIds: string[], command: (lotId: string) => LotChangeCommand, context: CommandContext): Promise<number> {
    let appended = 0;
    for (let start = 0; start < lotIds.length; start += LOT_CHUNK) {
      await retryingConflicts(
        lotIds.slice(start, start + LOT_CHUNK),
        async (left) => {
          const occurredAt = this.now().toISOString();
          const requests = await Promise.all(
            left.map(async (lotId): Promise<AppendRequest & { lotId: string }> => {
              const stream = lotStream(lotId);
              const history = await this.store.readStream(stream);
              const events = decision(command(lotId), recordedFacts<LotEvent>(history));
              const expected = history.length ? history[history.length - 1].revision : 'no_stream';
              return { lotId, stream, events: envelopes(stream, events, context, occurredAt), expected };
            }),
          );
          const writes = requests.filter((request) => request.events.length > 0);
          const results = await this.store.appendMany(writes);
          const conflicts = writes.filter((_, i) => results[i] instanceof WrongExpectedRevision).map((write) => write.lotId);
          appended += writes.length - conflicts.length;
          return conflicts;
        },
        (left) => new Error(`${left.length} lots kept changing while the recall reactor held them`),
      );
    }
    return appended;
  }
}
