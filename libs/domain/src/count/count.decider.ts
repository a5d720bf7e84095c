import { Decider } from '../shared/decider';
import { AlreadyExists, NotFound, RuleViolation } from '../shared/errors';
import { UnitRef, unitKey } from '../shared/identifiers';
import { CountChoices, CountCounters, CountEvent, CountExpected, CountFindings, LotFinding, LotQuantity, ReconcileOutcome } from './count.events';

/** Units per event of a count's expectation and findings: a count of 100,000 units is a handful of events, none huge. */
export const COUNT_BATCH = 10_000;

export interface OpenCount {
  type: 'OpenCount';
  countId: string;
  location: string;
  includeSublocations: boolean;
  blind: boolean;
  /** The log position the expectation was read at. */
  readAt: number;
  expected: { units: UnitRef[]; lots: LotQuantity[] };
}

/** Units known to the record (wherever it places them), in the order they were counted. */
export interface RecordCountScans {
  type: 'RecordCountScans';
  units: UnitRef[];
  unknown: string[];
  lots: LotQuantity[];
}

export interface CloseCount {
  type: 'CloseCount';
  judgedAt: number;
  counters: CountCounters;
  lots: LotFinding[];
  missing: CountFindings['data']['missing'];
  unexpected: CountFindings['data']['unexpected'];
}

export interface ReconcileCount {
  type: 'ReconcileCount';
  choices: CountChoices;
  outcome: ReconcileOutcome;
}

export type CountCommand = OpenCount | RecordCountScans | CloseCount | ReconcileCount;

export type CountStatus = 'open' | 'closed' | 'reconciled';

export interface ExistingCount {
  exists: true;
  countId: string;
  location: string;
  includeSublocations: boolean;
  blind: boolean;
  readAt: number;
  status: CountStatus;
  /** Keys of the units counted so far. */
  counted: ReadonlySet<string>;
  reconciled: { choices: CountChoices; outcome: ReconcileOutcome } | null;
}

export type CountState = { exists: false } | ExistingCount;

const batches = <T>(items: T[]): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += COUNT_BATCH) chunks.push(items.slice(start, start + COUNT_BATCH));
  return chunks;
};

function open(command: OpenCount, state: CountState): CountEvent[] {
  if (state.exists) throw new AlreadyExists(`count ${command.countId} already exists`);
  const { countId, location, includeSublocations, blind, readAt, expected } = command;
  return [
    {
      type: 'CountOpened',
      data: { countId, location, includeSublocations, blind, expectedUnits: expected.units.length, expectedLots: expected.lots.length, readAt },
    },
  ];
}

/**
 * What a count expects, in batches, for the count's expectation stream (`countExpectationStream`), appended with the
 * count's opening: kept apart from the count's own stream, which every batch of counting reads again.
 */
export function expectationOf({ countId, expected }: Pick<OpenCount, 'countId' | 'expected'>): CountExpected[] {
  const units = batches(expected.units);
  const lots = batches(expected.lots);
  const expectations: CountExpected[] = [];
  for (let index = 0; index < Math.max(units.length, lots.length); index++) {
    expectations.push({ type: 'CountExpected', data: { countId, units: units[index] ?? [], lots: lots[index] ?? [] } });
  }
  return expectations;
}

/** Counting, and closing, only while the count is open. */
export function assertCounting(count: ExistingCount): void {
  if (count.status !== 'open') throw new RuleViolation('count-closed', `count ${count.countId} is ${count.status}: counting has ended`);
}

function scan(command: RecordCountScans, count: ExistingCount): CountEvent[] {
  assertCounting(count);
  const counted = new Set<string>();
  const units: UnitRef[] = [];
  const duplicates: UnitRef[] = [];
  for (const unit of command.units) {
    const key = unitKey(unit);
    if (count.counted.has(key) || counted.has(key)) duplicates.push(unit);
    else {
      counted.add(key);
      units.push(unit);
    }
  }
  return [{ type: 'CountScanned', data: { countId: count.countId, units, duplicates, unknown: command.unknown, lots: command.lots } }];
}

function close(command: CloseCount, count: ExistingCount): CountEvent[] {
  assertCounting(count);
  const { countId } = count;
  const closed: CountEvent = { type: 'CountClosed', data: { countId, judgedAt: command.judgedAt, ...command.counters, lots: command.lots } };
  const missing = batches(command.missing);
  const unexpected = batches(command.unexpected);
  const findings: CountEvent[] = [];
  for (let index = 0; index < Math.max(missing.length, unexpected.length); index++) {
    findings.push({ type: 'CountFindings', data: { countId, missing: missing[index] ?? [], unexpected: unexpected[index] ?? [] } });
  }
  return [closed, ...findings];
}

const sameChoices = (a: CountChoices, b: CountChoices) => a.missing === b.missing && a.unexpected === b.unexpected && a.lots === b.lots;

/**
 * Whether a reconciliation with these choices is still to do: a closed count is reconciled once; the same choices again
 * are answered with what was done (nothing more is appended), other choices are refused.
 */
export function reconciliationDue(count: ExistingCount, choices: CountChoices): boolean {
  if (count.status === 'open') throw new RuleViolation('count-open', `count ${count.countId} is still open: close it before reconciling`);
  if (!count.reconciled) return true;
  if (sameChoices(count.reconciled.choices, choices)) return false;
  throw new RuleViolation('already-reconciled', `count ${count.countId} was already reconciled with other choices`);
}

function reconcile(command: ReconcileCount, count: ExistingCount): CountEvent[] {
  if (!reconciliationDue(count, command.choices)) return [];
  return [{ type: 'CountReconciled', data: { countId: count.countId, choices: command.choices, outcome: command.outcome } }];
}

export const countDecider: Decider<CountCommand, CountEvent, CountState> = {
  initialState: () => ({ exists: false }),

  evolve(state, event) {
    if (event.type === 'CountOpened') {
      const { countId, location, includeSublocations, blind, readAt } = event.data;
      return { exists: true, countId, location, includeSublocations, blind, readAt, status: 'open', counted: new Set(), reconciled: null };
    }
    if (!state.exists) return state;
    switch (event.type) {
      case 'CountExpected':
      case 'CountFindings':
        return state;
      case 'CountScanned': {
        // Folding a count rebuilds this set once per batch of counting: grown in place, it is never shared.
        const counted = state.counted as Set<string>;
        for (const unit of event.data.units) counted.add(unitKey(unit));
        return state;
      }
      case 'CountClosed':
        return { ...state, status: 'closed' };
      case 'CountReconciled':
        return { ...state, status: 'reconciled', reconciled: { choices: event.data.choices, outcome: event.data.outcome } };
      default: {
        const unhandled: never = event;
        return unhandled;
      }
    }
  },

  decide(command, state) {
    if (command.type === 'OpenCount') return open(command, state);
    if (!state.exists) throw new NotFound(`count not found`);
    switch (command.type) {
      case 'RecordCountScans':
        return scan(command, state);
      case 'CloseCount':
        return close(command, state);
      case 'ReconcileCount':
        return reconcile(command, state);
      default: {
        const unhandled: never = command;
        return unhandled;
      }
    }
  },
};
