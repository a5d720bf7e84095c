/** Every unit event names its unit, so projections never parse stream names. */
interface UnitFact<Type extends string, Data> {
  type: Type;
  data: { sku: string; serial: string } & Data;
}

export type SerialAssigned = UnitFact<'SerialAssigned', { lotId: string | null; location: string }>;
export type UnitMoved = UnitFact<'UnitMoved', { from: string; to: string; reason: string | null }>;
/** `to` is the receiving party; the unit leaves `from`. */
export type UnitShipped = UnitFact<'UnitShipped', { from: string; to: string }>;
export type UnitReceived = UnitFact<'UnitReceived', { by: string; location: string }>;
export type UnitSold = UnitFact<'UnitSold', { from: string; customer: string; receipt: string }>;
/** `customer` gave the unit back; `custodian` holds it again (whoever sold it, null for the owner). */
export type UnitReturned = UnitFact<'UnitReturned', { reason: string; location: string; customer: string; custodian: string | null }>;
export type UnitRepaired = UnitFact<'UnitRepaired', { description: string; location: string }>;
/** `from` is where the unit was when scrapped; null when it was with a customer or a carrier. */
export type UnitScrapped = UnitFact<'UnitScrapped', { reason: string; from: string | null }>;

export type UnitEvent =
  | SerialAssigned
  | UnitMoved
  | UnitShipped
  | UnitReceived
  | UnitSold
  | UnitReturned
  | UnitRepaired
  | UnitScrapped;

export const UNIT_EVENT_TYPES: ReadonlySet<string> = new Set<UnitEvent['type']>([
  'SerialAssigned',
  'UnitMoved',
  'UnitShipped',
  'UnitReceived',
  'UnitSold',
  'UnitReturned',
  'UnitRepaired',
  'UnitScrapped',
]);

export const isUnitEvent = (event: { type: string }): event is UnitEvent => UNIT_EVENT_TYPES.has(event.type);
