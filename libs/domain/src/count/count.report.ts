import { Micros } from '../shared/quantity';
import { UnitStatus } from '../unit/unit.state';

/** Where the record places a unit: its status (`missing` once reported so) and location. */
export interface Placement {
  status: UnitStatus;
  location: string | null;
}

/** A unit's record around a count: where it was before the count opened, and each change after, at its log position. */
export interface UnitTimeline {
  before: Placement | null;
  changes: Array<Placement & { position: number }>;
}

/** The facts a count's report is judged from; positions are log positions, so scans and moves order exactly. */
export interface CountFacts {
  location: string;
  includeSublocations: boolean;
  /** The count's close: a unit never counted is judged by the record here. */
  closedAt: number;
  /** The units the record placed at the location when the count opened (unit keys). */
  expected: string[];
  /** Every counting of a known unit, in any order. */
  scans: Array<{ unit: string; position: number }>;
  /** Codes and identifiers of no issued serial. */
  unknown: number;
  /** The record of every unit expected, counted, or at the location at close. */
  timelines: Map<string, UnitTimeline>;
  /** Lot quantities: what the record held at the location when each was counted (or at close), and what was counted. */
  lots: Array<{ lotId: string; expected: Micros; counted: Micros }>;
}

export interface CountReport {
  expected: number;
  counted: number;
  matched: string[];
  left: string[];
  /** Each with where the record places it at close (so a reconciliation can check it is still there). */
  missing: Array<{ unit: string; recorded: Placement }>;
  unexpected: Array<{ unit: string; recorded: Placement | null }>;
  unknown: number;
  duplicates: number;
  /** Lots whose counted quantity is not the record's: a shortfall (negative difference) or a surplus. */
  lots: Array<{ lotId: string; expected: Micros; counted: Micros; difference: Micros }>;
}

/** Where the record placed the unit just before `position`. */
export function placementAt(timeline: UnitTimeline | undefined, position: number): Placement | null {
  if (!timeline) return null;
  let latest: (Placement & { position: number }) | null = null;
  for (const change of timeline.changes) if (change.position < position && (!latest || change.position > latest.position)) latest = change;
  return latest ? { status: latest.status, location: latest.location } : timeline.before;
}

/** Whether a placement is one a count of the location expects: in stock or returned there (or under it). */
export function isAt(placement: Placement | null, location: string, includeSublocations: boolean): boolean {
  if (!placement || (placement.status !== 'in_stock' && placement.status !== 'returned') || placement.location === null) return false;
  return placement.location === location || (includeSublocations && placement.location.startsWith(`${location}/`));
}

/**
 * A count's report. Each unit is judged by the record at the moment it was first counted (later countings are
 * duplicates), or at close for one never counted, so movements during the count are not discrepancies:
 * counted while placed here is `matched`, counted while placed elsewhere (or missing) `unexpected`; never
 * counted, placed here at close is `missing`, gone since the open `left`. Whatever the order of scans and moves.
 */
export function countReport(facts: CountFacts): CountReport {
  const here = (placement: Placement | null) => isAt(placement, facts.location, facts.includeSublocations);
  const firstCounted = new Map<string, number>();
  let duplicates = 0;
  for (const { unit, position } of facts.scans) {
    const earlier = firstCounted.get(unit);
    if (earlier !== undefined) duplicates++;
    if (earlier === undefined || position < earlier) firstCounted.set(unit, position);
  }
  const report: CountReport = {
    expected: facts.expected.length,
    counted: 0,
    matched: [],
    left: [],
    missing: [],
    unexpected: [],
    unknown: facts.unknown,
    duplicates,
    lots: [],
  };
  for (const [unit, position] of firstCounted) {
    const recorded = placementAt(facts.timelines.get(unit), position);
    if (here(recorded)) report.matched.push(unit);
    else report.unexpected.push({ unit, recorded });
  }
  const expected = new Set(facts.expected);
  for (const unit of new Set([...facts.expected, ...facts.timelines.keys()])) {
    if (firstCounted.has(unit)) continue;
    const atClose = placementAt(facts.timelines.get(unit), facts.closedAt + 1);
    if (atClose && here(atClose)) report.missing.push({ unit, recorded: atClose });
    else if (expected.has(unit)) report.left.push(unit);
  }
  report.counted = report.matched.length + report.unexpected.length;
  report.lots = facts.lots.filter((lot) => lot.counted !== lot.expected).map((lot) => ({ ...lot, difference: (lot.counted - lot.expected) as Micros }));
  for (const list of [report.matched, report.left]) list.sort();
  for (const list of [report.missing, report.unexpected]) list.sort(byUnit);
  return report;
}

const byUnit = (a: { unit: string }, b: { unit: string }) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);
