import { Decider } from '../shared/decider';
import { AlreadyExists, InvalidInput, InvalidReference, NotFound, RuleViolation } from '../shared/errors';
import { UnitRef } from '../shared/identifiers';
import { LotReference } from '../unit/unit.commands';
import { RecallEvent, RecallSeverity } from './recall.events';

export interface OpenRecall {
  type: 'OpenRecall';
  recallId: string;
  lots: LotReference[];
  units: UnitRef[];
  reason: string;
  severity: RecallSeverity;
  recalledAt: string;
}

export interface CloseRecall {
  type: 'CloseRecall';
  /** Units still held, as the recall's read model counts them. */
  outstanding: number;
  /** Lots still held, likewise. */
  outstandingLots: number;
  force: boolean;
  reason?: string;
}

export type RecallCommand = OpenRecall | CloseRecall;
export type RecallState = { exists: false } | { exists: true; recallId: string; closed: boolean; lotIds: string[]; recalledAt: string };

function open(command: OpenRecall): RecallEvent[] {
  if (command.lots.length === 0 && command.units.length === 0) {
    throw InvalidInput.field('lotIds', 'a recall names at least one lot or unit');
  }
  const missing = command.lots.find((lot) => lot.sku === null);
  if (missing) throw new InvalidReference('lotIds', `lot ${missing.lotId} does not exist`);
  const { recallId, reason, severity, recalledAt, units } = command;
  return [{ type: 'RecallOpened', data: { recallId, lotIds: command.lots.map((lot) => lot.lotId), units, reason, severity, recalledAt } }];
}

function close(command: CloseRecall, state: Extract<RecallState, { exists: true }>): RecallEvent[] {
  if (state.closed) throw new RuleViolation('recall-closed', `recall ${state.recallId} is already closed`);
  if (command.outstanding > 0 && !command.force) {
    throw new RuleViolation(
      'units-outstanding',
      `recall ${state.recallId} still holds ${command.outstanding} units: resolve them, or force the close with a reason`,
    );
  }
  if (command.outstandingLots > 0 && !command.force) {
    throw new RuleViolation(
      'lots-outstanding',
      `recall ${state.recallId} still holds ${command.outstandingLots} lots: resolve them, or force the close with a reason`,
    );
  }
  if (command.force && !command.reason) throw InvalidInput.field('reason', 'a forced close needs a reason');
  return [
    {
      type: 'RecallClosed',
      data: {
        recallId: state.recallId,
        forced: command.force,
        reason: command.reason ?? null,
        outstanding: command.outstanding,
        outstandingLots: command.outstandingLots,
      },
    },
  ];
}

export const recallDecider: Decider<RecallCommand, RecallEvent, RecallState> = {
  initialState: () => ({ exists: false }),

  evolve(state, event) {
    switch (event.type) {
      case 'RecallOpened':
        return { exists: true, recallId: event.data.recallId, closed: false, lotIds: event.data.lotIds, recalledAt: event.data.recalledAt };
      case 'RecallClosed':
        return state.exists ? { ...state, closed: true } : state;
    }
  },

  decide(command, state) {
    if (command.type === 'OpenRecall') {
      if (state.exists) throw new AlreadyExists(`recall ${command.recallId} already exists`);
      return open(command);
    }
    if (!state.exists) throw new NotFound('recall not found');
    return close(command, state);
  },
};
