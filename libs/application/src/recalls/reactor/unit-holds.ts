import {
  decideHold,
  ExistingUnit,
  fold,
  placementOf,
  QuarantineUnit,
  ResolveRecall,
  RuleViolation,
  unitDecider,
  UnitEvent,
  unitKey,
  UnitRef,
  unitStream,
} from '@trace/domain';
import { AppendRequest, EventStore, WrongExpectedRevision } from '@trace/event-store';
import { ReadStore } from '@trace/read-store';
import { CommandContext } from '../../shared/command-context';
import { retryingConflicts } from '../../shared/conflict-retries';
import { parentChain } from '../../shared/parent-chain';
import { envelopes, recordedFacts } from '../../shared/event-envelopes';
import { holdViews, ReadHoldView } from './hold-views';

/** Units decided and appended together: one bulk read of their views, one write. */
export const HOLD_CHUNK = 2000;

type HoldCommand = QuarantineUnit | ResolveRecall;
type PendingAppend = { unit: UnitRef; request: AppendRequest };

const partition = <T>(items: T[], test: (item: T) => boolean): [T[], T[]] => [items.filter(test), items.filter((item) => !test(item))];

/** The events a hold command gives, or none when there is nothing to do (already held; not held, or resolved). */
function decision(command: HoldCommand, seen: ReadHoldView): UnitEvent[] {
  try {
    return decideHold(command, seen.view);
  } catch (error) {
    if (error instanceof RuleViolation) return [];
    throw error;
  }
}

/**
 * Applies one recall's command (quarantine or release) to many units, each appended at the exact revision its
 * decision was made on, so the hold records where the unit really is. A chunk is first decided on the read
 * models (one bulk read instead of folding every stream); a unit they lack, or that changed since they were
 * written (its append fails), is decided again on its stream. Event ids derive from the recall and the unit,
 * so re-running after a crash appends nothing twice.
 */
export class UnitHolds {
  constructor(
    private readonly store: EventStore,
    private readonly reads: ReadStore,
    private readonly now: () => Date,
  ) {}

  async apply(recallId: string, units: UnitRef[], command: (unit: UnitRef) => HoldCommand, context: CommandContext): Promise<number> {
    const pending = (unit: UnitRef, seen: ReadHoldView | undefined): PendingAppend | null => {
      const events = seen ? decision(command(unit), seen) : [];
      if (!events.length || !seen) return null;
      const stream = unitStream(unit);
      return { unit, request: { stream, events: envelopes(stream, events, context, this.now().toISOString()), expected: seen.revision } };
    };
    let appended = 0;
    for (let start = 0; start < units.length; start += HOLD_CHUNK) {
      const chunk = units.slice(start, start + HOLD_CHUNK);
      const views = await holdViews(this.reads, chunk, recallId);
      await retryingConflicts(
        chunk,
        async (left, round) => {
          // First on the read models, for the units they have; then each unit left on its own stream.
          const seen = round === 1 ? (unit: UnitRef) => views.get(unitKey(unit)) : (unit: UnitRef) => this.fromStream(unit);
          const [known, unknown] = round === 1 ? partition(left, (unit) => views.has(unitKey(unit))) : [left, []];
          const outcome = await this.append(await Promise.all(known.map(async (unit) => pending(unit, await seen(unit)))));
          appended += outcome.appended;
          return [...unknown, ...outcome.conflicts];
        },
        (left) => new Error(`${left.length} units kept changing while the recall reactor held them`),
      );
    }
    return appended;
  }

  private async append(candidates: Array<PendingAppend | null>): Promise<{ appended: number; conflicts: UnitRef[] }> {
    const appends = candidates.flatMap((candidate) => (candidate ? [candidate] : []));
    const results = await this.store.appendMany(appends.map((a) => a.request));
    const conflicts = appends.filter((_, i) => results[i] instanceof WrongExpectedRevision).map((a) => a.unit);
    return { appended: appends.length - conflicts.length, conflicts };
  }

  private async fromStream(unit: UnitRef): Promise<ReadHoldView | undefined> {
    const history = await this.store.readStream(unitStream(unit));
    const state = fold(unitDecider, recordedFacts<UnitEvent>(history));
    if (!state.exists) return undefined;
    // A unit built into others is where the outermost one is: the hold records that.
    const within = await parentChain(
      state,
      async (parent) => fold(unitDecider, recordedFacts<UnitEvent>(await this.store.readStream(unitStream(parent)))) as ExistingUnit,
    );
    return { view: { ...state, placement: placementOf(state, within) }, revision: history[history.length - 1].revision };
  }
}
