import { DEFAULT_UOM, FoundHow, UnitRef } from '@trace/domain';
import { ProjectedEvent, unhandled } from '../projection';

/**
 * The EPCIS 2.0 view of the facts recorded through the native API: the reverse of the capture's mapping table
 * (epcis-intents), so that capturing a rendered event maps back to the fact it came from. Identifiers stay the
 * service's own: naming them as GS1 keys needs the product's GTIN, which the renderer looks up.
 */

/**
 * What an event is about. A lot's `sku` and `uom` are null where the event does not say them (its stock events name
 * only the lot): the lot's record completes them before rendering. A null `quantity` names the lot without an amount.
 */
export type NativeSubject =
  | { kind: 'unit'; sku: string; serial: string }
  | { kind: 'container'; containerId: string }
  | { kind: 'lot'; sku: string | null; lotId: string; quantity: number | null; uom: string | null };

/** A source or destination, by CBV 2.0 type. */
export interface NativeParty {
  type: 'owning_party' | 'possessing_party' | 'location';
  id: string;
}

export interface NativeEpcis {
  type: 'ObjectEvent' | 'AggregationEvent' | 'TransformationEvent';
  /** Null for a TransformationEvent, which has none. */
  action: 'ADD' | 'OBSERVE' | 'DELETE' | null;
  /** Bare CBV 2.0 terms (`shipping`, `in_transit`). */
  bizStep: string | null;
  disposition: string | null;
  /** Location ids verbatim. */
  readPoint: string | null;
  bizLocation: string | null;
  /** An ObjectEvent's epcList and quantityList; an AggregationEvent's children. */
  subjects: NativeSubject[];
  /** An AggregationEvent's parentID. */
  parent: NativeSubject | null;
  inputs: NativeSubject[];
  outputs: NativeSubject[];
  sources: NativeParty[];
  destinations: NativeParty[];
  bizTransactions: Array<{ type: string | null; id: string }>;
  ilmd: { lotNumber?: string; itemExpirationDate?: string } | null;
}

type Details = Partial<Pick<NativeEpcis, 'bizStep' | 'disposition' | 'readPoint' | 'bizLocation' | 'sources' | 'destinations' | 'bizTransactions' | 'ilmd'>>;

const NO_DETAILS: Required<Details> = {
  bizStep: null,
  disposition: null,
  readPoint: null,
  bizLocation: null,
  sources: [],
  destinations: [],
  bizTransactions: [],
  ilmd: null,
};

const objectEvent = (action: 'ADD' | 'OBSERVE' | 'DELETE', subjects: NativeSubject[], details: Details = {}): NativeEpcis => ({
  type: 'ObjectEvent',
  action,
  ...NO_DETAILS,
  ...details,
  subjects,
  parent: null,
  inputs: [],
  outputs: [],
});

const aggregationEvent = (action: 'ADD' | 'DELETE', bizStep: string, parent: NativeSubject, children: NativeSubject[]): NativeEpcis => ({
  type: 'AggregationEvent',
  action,
  ...NO_DETAILS,
  bizStep,
  subjects: children,
  parent,
  inputs: [],
  outputs: [],
});

// The capture reads no bizStep of a transformation, and CBV has none for "consumed into": the lists say the fact.
const transformationEvent = (inputs: NativeSubject[], outputs: NativeSubject[], bizLocation: string | null = null): NativeEpcis => ({
  type: 'TransformationEvent',
  action: null,
  ...NO_DETAILS,
  bizLocation,
  subjects: [],
  parent: null,
  inputs,
  outputs,
});

const unitOf = ({ sku, serial }: UnitRef): NativeSubject => ({ kind: 'unit', sku, serial });
const containerOf = (containerId: string): NativeSubject => ({ kind: 'container', containerId });
const lotOf = (lotId: string, known: { sku?: string; quantity?: number; uom?: string } = {}): NativeSubject => ({
  kind: 'lot',
  sku: known.sku ?? null,
  lotId,
  quantity: known.quantity ?? null,
  uom: known.uom ?? null,
});

const place = (id: string): NativeParty => ({ type: 'location', id });
// A shipment and a receipt hand over custody (the holder); a sale hands over ownership (the customer).
const holder = (id: string): NativeParty => ({ type: 'possessing_party', id });
const owner = (id: string): NativeParty => ({ type: 'owning_party', id });
const shipment = (id: string) => ({ type: 'desadv', id });

/** ILMD of a commissioning: the lot number and its expiry as a calendar date, as written (xsd:date). */
function ilmdOf(lotId: string | null, expiresAt: string | null | undefined): NativeEpcis['ilmd'] {
  if (lotId === null && !expiresAt) return null;
  return { ...(lotId === null ? {} : { lotNumber: lotId }), ...(expiresAt ? { itemExpirationDate: expiresAt.slice(0, 10) } : {}) };
}

const commissioned = (subject: NativeSubject, location: string, ilmd: NativeEpcis['ilmd']) =>
  objectEvent('ADD', [subject], { bizStep: 'commissioning', disposition: 'active', bizLocation: location, ilmd });
// A move names no business step (its reasons vary): its new bizLocation is the fact, as the capture reads it.
const moved = (subject: NativeSubject, to: string) => objectEvent('OBSERVE', [subject], { bizLocation: to });
// A sighting has a readPoint and no bizLocation: captured back, a bizLocation would also move it.
const sighted = (subject: NativeSubject, location: string | null) => objectEvent('OBSERVE', [subject], { readPoint: location });
const shipped = (subject: NativeSubject, from: string, to: string, bizTransactions: NativeEpcis['bizTransactions'] = []) =>
  objectEvent('OBSERVE', [subject], {
    bizStep: 'shipping',
    disposition: 'in_transit',
    readPoint: from,
    sources: [place(from)],
    destinations: [holder(to)],
    bizTransactions,
  });
const received = (subject: NativeSubject, by: string, location: string, bizTransactions: NativeEpcis['bizTransactions'] = []) =>
  objectEvent('OBSERVE', [subject], {
    bizStep: 'receiving',
    disposition: 'in_progress',
    readPoint: location,
    bizLocation: location,
    destinations: [holder(by)],
    bizTransactions,
  });
// A till receipt has no CBV business transaction type.
const sold = (subject: NativeSubject, from: string, customer: string, receipt: string) =>
  objectEvent('OBSERVE', [subject], {
    bizStep: 'retail_selling',
    disposition: 'retail_sold',
    readPoint: from,
    sources: [place(from)],
    destinations: [owner(customer)],
    bizTransactions: [{ type: null, id: receipt }],
  });
// CBV 2.0 has no bizStep `returning`: a return is a receiving whose disposition is `returned`.
const returned = (subject: NativeSubject, location: string, customer: string | null, custodian: string | null) =>
  objectEvent('OBSERVE', [subject], {
    bizStep: 'receiving',
    disposition: 'returned',
    readPoint: location,
    bizLocation: location,
    sources: customer === null ? [] : [owner(customer)],
    destinations: custodian === null ? [] : [holder(custodian)],
  });
// Scrapping ends the object, not only its identifier (that would be `decommissioning`).
const destroyed = (subject: NativeSubject, from: string | null) =>
  objectEvent('DELETE', [subject], { bizStep: 'destroying', disposition: 'destroyed', readPoint: from });

const FOUND_STEP: Record<FoundHow, string | null> = { count: 'cycle_counting', sighting: null, receipt: 'receiving' };

// A unit or a container packed in another moves with it: the outer container's event names the move, and EPCIS
// reads what moved with it from the aggregation.
const unitCarried = (event: { data: { inContainer?: string } }): boolean => event.data.inContainer !== undefined;
const containerCarried = (event: { data: { within: string | null } }): boolean => event.data.within !== null;

/**
 * The EPCIS event one domain event is, or null when it has none: paperwork, bookkeeping, evidence about the record,
 * and the other side of a fact another event already renders (a packing is the container's, a consumption the
 * consumer's, an assembly the parent's), so that each fact appears once.
 */
export function nativeEpcis(event: ProjectedEvent): NativeEpcis | null {
  switch (event.type) {
    case 'SerialAssigned':
      return commissioned(unitOf(event.data), event.data.location, ilmdOf(event.data.lotId, event.data.expiresAt));
    case 'UnitMoved':
      return unitCarried(event) ? null : moved(unitOf(event.data), event.data.to);
    case 'UnitShipped':
      return unitCarried(event) ? null : shipped(unitOf(event.data), event.data.from, event.data.to);
    case 'UnitReceived':
      return unitCarried(event) ? null : received(unitOf(event.data), event.data.by, event.data.location);
    case 'UnitSold':
      return sold(unitOf(event.data), event.data.from, event.data.customer, event.data.receipt);
    case 'UnitReturned':
      return returned(unitOf(event.data), event.data.location, event.data.customer, event.data.custodian);
    case 'UnitRepaired':
      return objectEvent('OBSERVE', [unitOf(event.data)], { bizStep: 'repairing', readPoint: event.data.location });
    case 'UnitScrapped':
      return destroyed(unitOf(event.data), event.data.from);
    case 'UnitFound':
      return objectEvent('OBSERVE', [unitOf(event.data)], {
        bizStep: FOUND_STEP[event.data.how],
        readPoint: event.data.location,
        bizLocation: event.data.location,
        destinations: event.data.by === undefined ? [] : [holder(event.data.by)],
      });
    case 'UnitObserved':
      return sighted(unitOf(event.data), event.data.location);
    case 'WarrantyClaimResolved':
      // A replaced unit comes back as a return does; a repair or a refund moves nothing.
      return event.data.action === 'replaced' && event.data.returnedTo !== null
        ? returned(unitOf(event.data), event.data.returnedTo, null, event.data.custodian)
        : null;
    case 'UnitGivenAsReplacement':
      return objectEvent('OBSERVE', [unitOf(event.data)], {
        bizStep: 'replacing',
        readPoint: event.data.from,
        sources: [place(event.data.from)],
        destinations: [owner(event.data.customer)],
      });
    case 'LotConsumed':
      return transformationEvent([lotOf(event.data.lotId, { quantity: event.data.quantity })], [unitOf(event.data)], event.data.holder.location);
    case 'ComponentInstalled':
      return aggregationEvent('ADD', 'installing', unitOf(event.data), [unitOf(event.data.component)]);
    case 'ComponentRemoved':
      return aggregationEvent('DELETE', 'removing', unitOf(event.data), [unitOf(event.data.component)]);
    case 'ContentsPacked':
      return aggregationEvent('ADD', 'packing', containerOf(event.data.containerId), [
        ...event.data.units.map(unitOf),
        ...event.data.containers.map(containerOf),
      ]);
    case 'ContentsUnpacked':
      return aggregationEvent('DELETE', 'unpacking', containerOf(event.data.containerId), [
        ...event.data.units.map(unitOf),
        ...event.data.containers.map(containerOf),
      ]);
    case 'ContainerMoved':
      return containerCarried(event) ? null : moved(containerOf(event.data.containerId), event.data.to);
    case 'ContainerShipped':
      return containerCarried(event) ? null : shipped(containerOf(event.data.containerId), event.data.from, event.data.to);
    case 'ContainerReceived':
      return containerCarried(event) ? null : received(containerOf(event.data.containerId), event.data.by, event.data.location);
    case 'ContainerObserved':
      return sighted(containerOf(event.data.containerId), event.data.location);
    case 'LotRegistered': {
      const { lotId, sku, quantity, uom = DEFAULT_UOM, location, expiresAt } = event.data;
      // Without a location, `quantity` is a serialised lot's declared size: its units' commissionings are the events.
      if (location === undefined || quantity === null) return null;
      return commissioned(lotOf(lotId, { sku, quantity, uom }), location, ilmdOf(lotId, expiresAt));
    }
    case 'LotStockMoved':
      return moved(lotOf(event.data.lotId, { quantity: event.data.quantity }), event.data.to);
    case 'LotShipped':
      return shipped(lotOf(event.data.lotId, { quantity: event.data.quantity }), event.data.from, event.data.to, [shipment(event.data.shipmentId)]);
    case 'LotReceived':
      return received(lotOf(event.data.lotId, { quantity: event.data.quantity }), event.data.by, event.data.location, [shipment(event.data.shipmentId)]);
    case 'LotSold':
      return sold(lotOf(event.data.lotId, { quantity: event.data.quantity }), event.data.from, event.data.customer, event.data.receipt);
    case 'LotReturned':
      return returned(lotOf(event.data.lotId, { quantity: event.data.quantity }), event.data.location, event.data.customer, null);
    case 'LotDisposed':
      return destroyed(lotOf(event.data.lotId, { quantity: event.data.quantity }), event.data.from);
    case 'LotMadeFrom':
      return transformationEvent([lotOf(event.data.input, { quantity: event.data.quantity, uom: event.data.uom })], [lotOf(event.data.lotId)]);
    case 'LotObserved':
      return sighted(lotOf(event.data.lotId), event.data.location);
    // The other side of a fact rendered above: the unit's LotConsumed or the made lot's LotMadeFrom, the container's
    // ContentsPacked/Unpacked, the parent's ComponentInstalled/Removed.
    case 'LotStockConsumed':
    case 'UnitPacked':
    case 'UnitUnpacked':
    case 'ContainerPacked':
    case 'ContainerUnpacked':
    case 'UnitInstalled':
    case 'UnitRemoved':
      return null;
    // A container comes into being by its packing, as the capture reads it: the aggregation is its first event.
    case 'ContainerCreated':
      return null;
    // Corrections and bookkeeping of the record: nothing was seen or done to the goods.
    case 'LotAdjusted':
    case 'LotShipmentClosed':
    case 'LotSerialsAssigned':
    case 'UnitReportedMissing':
    case 'LineageExtended':
    case 'LineageReduced':
      return null;
    // Recalls, evidence and warranty paperwork.
    case 'LotRecalled':
    case 'LotRecallResolved':
    case 'UnitQuarantined':
    case 'UnitRecallResolved':
    case 'RecallOpened':
    case 'RecallClosed':
    case 'UnitVerified':
    case 'UnitSuspected':
    case 'UnitSuspicionCleared':
    case 'WarrantyStarted':
    case 'WarrantyExtended':
    case 'WarrantyVoided':
    case 'WarrantyClaimFiled':
    case 'WarrantyClaimDecided':
    case 'ClaimRegistered':
      return null;
    // Master data, access keys, counts' internals.
    case 'ProductRegistered':
    case 'GtinClaimed':
    case 'UnknownSerialSeen':
    case 'KeyIssued':
    case 'KeyRevoked':
    case 'CountOpened':
    case 'CountExpected':
    case 'CountScanned':
    case 'CountClosed':
    case 'CountFindings':
    case 'CountReconciled':
      return null;
    // Captured EPCIS events are served as they were captured.
    case 'EpcisEventCaptured':
    case 'EpcisErrorDeclared':
    case 'EpcisCaptureFinished':
    case 'EpcisQueryDefined':
    case 'EpcisSubscribed':
    case 'EpcisUnsubscribed':
      return null;
    default:
      return unhandled(event);
  }
}
