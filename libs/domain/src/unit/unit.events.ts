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
/** `claimId` names the warranty claim a repair resolved: such a repair leaves the unit with its customer. */
export type UnitRepaired = UnitFact<'UnitRepaired', { description: string; location: string | null; claimId?: string } & Carrying>;
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

export const WARRANTY_BASES = ['sale', 'manufacture'] as const;
export type WarrantyBasis = (typeof WARRANTY_BASES)[number];
/** When a unit's warranty starts: at its first sale or its manufacture; `months` calendar months later it ends. */
export interface WarrantyTerms {
  months: number;
  startsAt: WarrantyBasis;
}

/** Its warranty began: at the first sale, or (terms from manufacture) at its lot's production, else its assignment. */
export type WarrantyStarted = UnitFact<'WarrantyStarted', { basis: WarrantyBasis; months: number; startsAt: string; endsAt: string }>;
export type WarrantyExtended = UnitFact<'WarrantyExtended', { months: number; reason: string; endsAt: string }>;
export type WarrantyVoided = UnitFact<'WarrantyVoided', { reason: string }>;
/** A claim under warranty, or out of it as goodwill (with its reason); `lotId` kept for claim rates by lot. */
export type WarrantyClaimFiled = UnitFact<
  'WarrantyClaimFiled',
  { claimId: string; customer: string; problem: string; goodwill: boolean; reason: string | null; lotId: string | null; filedAt: string }
>;
export type WarrantyClaimDecided = UnitFact<'WarrantyClaimDecided', { claimId: string; approved: boolean; reason: string }>;
export const CLAIM_ACTIONS = ['repaired', 'replaced', 'refunded'] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];
/**
 * A replaced unit comes back: `returned` at `returnedTo`, held by whoever sold it (`custodian`), as a return; its
 * warranty ends then (`warrantyEndsAt`: the replacement took it over).
 */
export type WarrantyClaimResolved = UnitFact<
  'WarrantyClaimResolved',
  {
    claimId: string;
    action: ClaimAction;
    note: string;
    replacement: UnitRef | null;
    returnedTo: string | null;
    custodian: string | null;
    warrantyEndsAt: string | null;
  } & Carrying
>;
/** Given to a claim's customer in place of `replaces`: it takes over that unit's warranty, to `endsAt`. Not a sale. */
export type UnitGivenAsReplacement = UnitFact<
  'UnitGivenAsReplacement',
  { claimId: string; replaces: UnitRef; customer: string; from: string; startsAt: string; endsAt: string } & Carrying
>;

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
  | UnitSuspicionCleared
  | WarrantyStarted
  | WarrantyExtended
  | WarrantyVoided
  | WarrantyClaimFiled
  | WarrantyClaimDecided
  | WarrantyClaimResolved
  | UnitGivenAsReplacement;

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
  WarrantyStarted: true,
  WarrantyExtended: true,
  WarrantyVoided: true,
  WarrantyClaimFiled: true,
  WarrantyClaimDecided: true,
  WarrantyClaimResolved: true,
  UnitGivenAsReplacement: true,
};

export const isUnitEvent = memberOf(UNIT_EVENTS);

/**
 * Records about a unit that change neither where it is, who holds it, nor what it is made of: evidence (sightings,
 * verifications, suspicions) and warranty paperwork. Whatever follows placement or genealogy passes them by here,
 * so the list is kept once.
 */
export type UnitRecordEvent =
  | UnitObserved
  | UnitVerified
  | UnitSuspected
  | UnitSuspicionCleared
  | WarrantyStarted
  | WarrantyExtended
  | WarrantyVoided
  | WarrantyClaimFiled
  | WarrantyClaimDecided;

const UNIT_RECORD_EVENTS: EventTypes<UnitRecordEvent> = {
  UnitObserved: true,
  UnitVerified: true,
  UnitSuspected: true,
  UnitSuspicionCleared: true,
  WarrantyStarted: true,
  WarrantyExtended: true,
  WarrantyVoided: true,
  WarrantyClaimFiled: true,
  WarrantyClaimDecided: true,
};
export const isUnitRecordEvent = memberOf(UNIT_RECORD_EVENTS);
