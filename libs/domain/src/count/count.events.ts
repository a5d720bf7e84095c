import { EventTypes, memberOf } from '../shared/event-family';
import { UnitRef } from '../shared/identifiers';
import { Micros } from '../shared/quantity';

export const COUNT_CHOICES = {
  missing: ['mark-missing', 'ignore'],
  unexpected: ['move-here', 'ignore'],
  lots: ['adjust', 'ignore'],
} as const;

/** What a reconciliation does with each kind of discrepancy. */
export interface CountChoices {
  missing: (typeof COUNT_CHOICES.missing)[number];
  unexpected: (typeof COUNT_CHOICES.unexpected)[number];
  lots: (typeof COUNT_CHOICES.lots)[number];
}

export interface LotQuantity {
  lotId: string;
  quantity: Micros;
}

/** Where the record placed a unit when the count judged it: `status` is a unit status (`missing` included). */
export interface RecordedPlacement {
  status: string;
  location: string | null;
}

/** A lot's line of the report: what the record held at the location, what was counted. */
export interface LotFinding {
  lotId: string;
  expected: Micros;
  counted: Micros;
  difference: Micros;
}

/** The report's numbers; every list behind them is in the count's findings. */
export interface CountCounters {
  expected: number;
  counted: number;
  matched: number;
  left: number;
  missing: number;
  unexpected: number;
  unknown: number;
  duplicates: number;
}

/** A correction a reconciliation could not make: the unit (or lot) and the rule that refused it. */
export interface SkippedCorrection {
  unit?: UnitRef;
  lotId?: string;
  rule: string;
  message: string;
}

/** What a reconciliation did, kind by kind. */
export interface ReconcileOutcome {
  markedMissing: number;
  moved: number;
  found: number;
  adjustedLots: number;
  skipped: SkippedCorrection[];
}

interface CountFact<Type extends string, Data> {
  type: Type;
  data: { countId: string } & Data;
}

/** `readAt`: the log position the expectation was read at; whatever changed after it is judged by its timeline. */
export type CountOpened = CountFact<
  'CountOpened',
  { location: string; includeSublocations: boolean; blind: boolean; expectedUnits: number; expectedLots: number; readAt: number }
>;
/** What the record placed at the location when the count opened, in batches (a count may expect 100,000 units). */
export type CountExpected = CountFact<'CountExpected', { units: UnitRef[]; lots: LotQuantity[] }>;
/** One batch of counting: units newly counted, repeats of units already counted, codes of no issued serial, lot quantities. */
export type CountScanned = CountFact<'CountScanned', { units: UnitRef[]; duplicates: UnitRef[]; unknown: string[]; lots: LotQuantity[] }>;
/** Counting ended; the report judged the record as it stood at log position `judgedAt`. */
export type CountClosed = CountFact<'CountClosed', CountCounters & { judgedAt: number; lots: LotFinding[] }>;
/** The report's units to act on, in batches: missing ones with where the record had them, unexpected ones with where it has them. */
export type CountFindings = CountFact<
  'CountFindings',
  { missing: Array<UnitRef & { location: string }>; unexpected: Array<UnitRef & { recorded: RecordedPlacement | null }> }
>;
export type CountReconciled = CountFact<'CountReconciled', { choices: CountChoices; outcome: ReconcileOutcome }>;

export type CountEvent = CountOpened | CountExpected | CountScanned | CountClosed | CountFindings | CountReconciled;

export const COUNT_EVENTS: EventTypes<CountEvent> = {
  CountOpened: true,
  CountExpected: true,
  CountScanned: true,
  CountClosed: true,
  CountFindings: true,
  CountReconciled: true,
};
export const isCountEvent = memberOf(COUNT_EVENTS);
