import { EventTypes, memberOf } from '../shared/event-family';
import { Holder, LineageEntry } from '../genealogy/lineage';
import { UnitRef } from '../shared/identifiers';

/** Every unit event names its unit, so projections never parse stream names. */
interface UnitFact<Type extends string, Data> {
  type: Type;
  data: { sku: string; serial: string } & Data;
}

/** `expiresAt` is the lot's, written when it has one: a unit of an expired lot is neither sold nor shipped. */
export type SerialAssigned = UnitFact<'SerialAssigned', { lotId: string | null; location: string; expiresAt?: string }>;
/** Moves of a packed unit name the container that was moved with it inside (`inContainer`). */
interface Carried {
  inContainer?: string;
}
/** Set when units built into this one went with it: where they are follows where it is. */
interface Carrying {
  withComponents?: true;
}
/** `countId` names the cycle count whose reconciliation moved the unit (`reason: 'cycle-count'`); absent otherwise. */
export type UnitMoved = UnitFact<'UnitMoved', { from: string; to: string; reason: string | null; countId?: string } & Carried & Carrying>;
/** `to` is the receiving party; the unit leaves `from`. */
export type UnitShipped = UnitFact<'UnitShipped', { from: string; to: string } & Carried & Carrying>;
export type UnitReceived = UnitFact<'UnitReceived', { by: string; location: string } & Carried & Carrying>;
export type UnitSold = UnitFact<'UnitSold', { from: string; customer: string; receipt: string } & Carrying>;
/** `customer` gave the unit back; `custodian` holds it again (whoever sold it, null for the owner). */
/** `returnedBy` and `overrideReason` when someone other than the buyer brought it back and the return was forced. */
export type UnitReturned = UnitFact<
  'UnitReturned',
  { reason: string; location: string; customer: string; custodian: string | null; returnedBy?: string; overrideReason?: string } & Carrying
>;
export type UnitRepaired = UnitFact<'UnitRepaired', { description: string; location: string } & Carrying>;
/** `from` is where the unit was when scrapped; null when it was with a customer or a carrier. */
export type UnitScrapped = UnitFact<'UnitScrapped', { reason: string; from: string | null } & Carrying>;

/**
 * Count `countId` did not find the unit at `location`, where the record placed it: it is `missing`, nowhere, until
 * found. Who held it (`custodian`) is kept: a unit found again is theirs as before, unless a receipt says otherwise.
 */
export type UnitReportedMissing = UnitFact<'UnitReportedMissing', { countId: string; location: string } & Carrying>;
export const FOUND_HOW = ['count', 'sighting', 'receipt'] as const;
export type FoundHow = (typeof FOUND_HOW)[number];
/**
 * A missing unit turned up at `location`, `how`: counted there (by `countId`), sighted there (a scan), or received
 * there; it is `in_stock` there. `by` (a receipt's receiving party) holds it from now on; without it, whoever held it.
 */
export type UnitFound = UnitFact<'UnitFound', { location: string; countId: string | null; how: FoundHow; by?: string } & Carrying>;

/** Material taken from a lot into this unit; `entry` carries the total consumed from that lot so far. */
export type LotConsumed = UnitFact<'LotConsumed', { lotId: string; quantity: number; entry: LineageEntry; holder: Holder }>;
/** On the parent: a component was built in; `lineage` is what the parent gains. */
export type ComponentInstalled = UnitFact<'ComponentInstalled', { component: UnitRef; lineage: LineageEntry[]; holder: Holder }>;
/** On the component: it is now inside `parent`, having left `from`; `holder` is where it now is (with the outermost unit). */
export type UnitInstalled = UnitFact<'UnitInstalled', { parent: UnitRef; from: string | null; holder?: Holder }>;
/** On the parent: a component was taken out; `lineage` is what the parent loses. */
export type ComponentRemoved = UnitFact<'ComponentRemoved', { component: UnitRef; lineage: LineageEntry[] }>;
/**
 * On the component: it left `parent` and is at `location`; `holder` is where it now is, and `inside` the units
 * built into it, at any depth, which came out with it (it is now their outermost unit).
 */
export type UnitRemoved = UnitFact<'UnitRemoved', { parent: UnitRef; location: string | null; holder?: Holder; inside?: UnitRef[] }>;
/** On every unit above a parent: it gained (or lost) strands through its direct component `through`. */
export type LineageExtended = UnitFact<'LineageExtended', { through: UnitRef; lineage: LineageEntry[]; holder: Holder }>;
export type LineageReduced = UnitFact<'LineageReduced', { through: UnitRef; lineage: LineageEntry[] }>;
/** Held by a recall, reached through `origin` (a recalled lot, or a recalled unit it contains or is). */
/** Put into `container`, where the unit already was; from now on it moves only with the container. */
export type UnitPacked = UnitFact<'UnitPacked', { container: string }>;
export type UnitUnpacked = UnitFact<'UnitUnpacked', { container: string }>;
export type UnitQuarantined = UnitFact<'UnitQuarantined', { recallId: string; recalledAt: string; origin: string; holder: Holder }>;
export type UnitRecallResolved = UnitFact<'UnitRecallResolved', { recallId: string; action: RecallAction; note: string | null }>;

/** A sighting: the unit scanned at `location` (with `party`, when one was named) at `seenAt`; it moves nothing. */
export type UnitObserved = UnitFact<'UnitObserved', { location: string; party: string | null; seenAt: string; warnings: string[] }>;
/** A verification request about the unit and its answer (DSCSA VRS semantics); who asked is in the metadata. */
export type UnitVerified = UnitFact<'UnitVerified', { verified: boolean; reason: string | null; additionalInfo: string[] }>;
/** The unit became suspect by `rule`, with the evidence that made it so. */
export type UnitSuspected = UnitFact<'UnitSuspected', { rule: SuspectRule; evidence: string }>;
/** Someone cleared the suspicion, saying why; who is in the metadata. */
export type UnitSuspicionCleared = UnitFact<'UnitSuspicionCleared', { note: string }>;

export const SUSPECT_RULES = ['seen-after-scrap', 'verified-after-scrap', 'unexplained-party', 'impossible-travel'] as const;
export type SuspectRule = (typeof SUSPECT_RULES)[number];

export const RECALL_ACTIONS = ['returned', 'destroyed', 'repaired', 'released'] as const;
export type RecallAction = (typeof RECALL_ACTIONS)[number];

export type UnitEvent =
  | SerialAssigned
  | LotConsumed
  | ComponentInstalled
  | UnitInstalled
  | ComponentRemoved
  | UnitRemoved
  | LineageExtended
  | LineageReduced
  | UnitPacked
  | UnitUnpacked
  | UnitQuarantined
  | UnitRecallResolved
  | UnitMoved
  | UnitShipped
  | UnitReceived
  | UnitSold
  | UnitReturned
  | UnitRepaired
  | UnitScrapped
  | UnitReportedMissing
  | UnitFound
  | UnitObserved
  | UnitVerified
  | UnitSuspected
  | UnitSuspicionCleared;

export const UNIT_EVENTS: EventTypes<UnitEvent> = {
  SerialAssigned: true,
  UnitMoved: true,
  UnitShipped: true,
  UnitReceived: true,
  UnitSold: true,
  UnitReturned: true,
  UnitRepaired: true,
  UnitScrapped: true,
  UnitReportedMissing: true,
  UnitFound: true,
  LotConsumed: true,
  ComponentInstalled: true,
  UnitInstalled: true,
  ComponentRemoved: true,
  UnitRemoved: true,
  LineageExtended: true,
  LineageReduced: true,
  UnitPacked: true,
  UnitUnpacked: true,
  UnitQuarantined: true,
  UnitRecallResolved: true,
  UnitObserved: true,
  UnitVerified: true,
  UnitSuspected: true,
  UnitSuspicionCleared: true,
};

export const isUnitEvent = memberOf(UNIT_EVENTS);
