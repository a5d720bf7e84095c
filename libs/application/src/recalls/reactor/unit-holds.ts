import { fold, RuleViolation, UnitCommand, unitDecider, UnitEvent, UnitRef, unitStream } from '@trace/domain';
import { AppendRequest, EventStore, WrongExpectedRevision } from '@trace/event-store';
import { CommandContext } from '../../shared/command-context';
import { envelopes } from '../../shared/event-envelopes';

const CHUNK = 2000;
const MAX_ATTEMPTS = 5;

/**
 * Applies one recall command (quarantine or release) to many units: each decided on its stream's current
 * state and appended at that exact revision, so the hold records where the unit really is. Event ids derive
 * from the recall and the unit, so re-running after a crash appends nothing twice.
 */
export async function applyToUnits(
  store: EventStore,
  units: UnitRef[],
  command: (unit: UnitRef) => UnitCommand,
  context: CommandContext,
  now: () => Date,
): Promise<number> {
  let appended = 0;
  for (let start = 0; start < units.length; start += CHUNK) {
    let pending = units.slice(start, start + CHUNK);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`${pending.length} units kept changing while the recall reactor held them`);
      const requests = (await Promise.all(pending.map((unit) => decided(store, unit, command(unit), context, now)))).flatMap((r) => (r ? [r] : []));
      const results = await store.appendMany(requests.map((r) => r.request));
      appended += results.filter((result) => !(result instanceof WrongExpectedRevision)).length;
      pending = requests.filter((_, i) => results[i] instanceof WrongExpectedRevision).map((r) => r.unit);
    }
  }
  return appended;
}

async function decided(store: EventStore, unit: UnitRef, command: UnitCommand, context: CommandContext, now: () => Date) {
  const stream = unitStream(unit);
  const history = await store.readStream(stream);
  const state = fold(unitDecider, history as unknown as UnitEvent[]);
  if (!state.exists) return null;
  let events;
  try {
    events = unitDecider.decide(command, state);
  } catch (error) {
    // Not held, or already resolved: nothing to do for this unit.
    if (error instanceof RuleViolation) return null;
    throw error;
  }
  if (events.length === 0) return null;
  const request: AppendRequest = {
    stream,
    events: envelopes(stream, events, context, now().toISOString()),
    expected: history[history.length - 1].revision,
  };
  return { unit, request };
}
