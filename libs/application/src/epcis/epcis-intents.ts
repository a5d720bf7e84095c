import { cbvTerm, DomainError } from '@trace/domain';
import { parseScanCode, ScanIdentity } from '../scans/scan-code';
import { ParseCode } from './scan-code-memo';

/**
 * What an EPCIS event asks of the domain, before any stream is read: the mapping table of issue 21 as a pure
 * function. Identifiers are resolved to GS1 keys here (EPC URNs and Digital Links alike); products, lots and the
 * rules are the handlers' and the deciders' business.
 */
export type EpcisIntent =
  | { kind: 'commission'; units: Array<Extract<ScanIdentity, { kind: 'unit' }>>; location: string; lot: string | null; expiry: string | null }
  | { kind: 'commission-lots'; lots: LotQuantityKey[]; location: string }
  | { kind: 'transform'; inputs: Subject[]; inputLots: LotQuantityKey[]; outputs: Subject[]; outputLots: LotQuantityKey[]; location: string | null }
  | { kind: 'observe'; subjects: Subject[]; location: string; readPoint: string | null }
  | { kind: 'move'; subjects: Subject[]; to: string }
  | { kind: 'ship'; subjects: Subject[]; to: string; lots: LotQuantityKey[]; from: string | null; shipment: string }
  | { kind: 'receive'; subjects: Subject[]; by: string; location: string; lots: LotQuantityKey[]; transactions: string[] }
  | { kind: 'sell'; subjects: Subject[]; customer: string; receipt: string; lots: LotQuantityKey[]; from: string | null }
  | { kind: 'scrap'; subjects: Subject[]; reason: string; lots: LotQuantityKey[]; from: string | null }
  | { kind: 'pack'; container: string; units: Subject[]; location: string | null }
  | { kind: 'unpack'; container: string; units: Subject[] }
  | { kind: 'kept-as-captured'; why: string };

/** A unit (GTIN and serial) or a container (SSCC) an event names. */
export type Subject = Extract<ScanIdentity, { kind: 'unit' }> | Extract<ScanIdentity, { kind: 'container' }>;
export type LotQuantityKey = { gtin: string; lot: string; quantity: number | null; uom: string | null };

/** An event the domain refuses to read: the reason goes into the capture job's errors. */
export class EpcisEventProblem extends Error {}

type Json = Record<string, unknown>;

const idOf = (place: unknown): string | null =>
  place && typeof place === 'object' && typeof (place as Json).id === 'string' ? ((place as Json).id as string) : null;

function identity(code: unknown, field: string, parse: ParseCode): ScanIdentity {
  if (typeof code !== 'string') throw new EpcisEventProblem(`${field} is not an identifier`);
  try {
    return parse(code);
  } catch (error) {
    if (error instanceof DomainError) throw new EpcisEventProblem(`${field} ${code}: ${error.message.replace(/^code: /, '')}`);
    throw error;
  }
}

/** A product class without a lot (`urn:epc:idpat:sgtin:…`, a Digital Link to a GTIN alone): no stock the domain keeps. */
const PRODUCT_CLASS = /^urn:epc:idpat:|^https?:\/\/[^/]+(?:\/[^/]+)*\/01\/\d{14}\/?$/;

/** A GS1 identifier's schemes: an EPC URN or a Digital Link; any other class (`urn:trace:lot:…`) names nothing GS1 keys. */
const GS1_SCHEME = /^urn:epc:|^https?:\/\//;

/**
 * A quantity list's lots (LGTIN classes): lot quantities are what the domain keeps. What else a list may count,
 * kept in the captured event only: nothing (`refused`, a commissioning); product classes without a lot (`product
 * classes skipped`, a transformation's inputs and outputs); any class that is not a GS1 lot (`lots only`, the
 * steps that move stock: shipping, receiving, selling, destroying). A malformed GS1 identifier fails the event.
 */
function lotQuantities(
  list: unknown,
  field: string,
  parse: ParseCode,
  others: 'refused' | 'product classes skipped' | 'lots only' = 'refused',
): LotQuantityKey[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new EpcisEventProblem(`${field} is not a list`);
  return (list as Json[]).flatMap((entry, index) => {
    const epcClass = entry.epcClass;
    if (others !== 'refused' && typeof epcClass === 'string' && PRODUCT_CLASS.test(epcClass)) return [];
    if (others === 'lots only' && typeof epcClass === 'string' && !GS1_SCHEME.test(epcClass)) return [];
    const found = identity(entry.epcClass, `${field}[${index}].epcClass`, parse);
    if (found.kind !== 'lot') throw new EpcisEventProblem(`${field}[${index}].epcClass must name a lot (an LGTIN): lot quantities are what is kept`);
    const quantity = typeof entry.quantity === 'number' ? entry.quantity : null;
    return [{ gtin: found.gtin, lot: found.lot, quantity, uom: typeof entry.uom === 'string' ? entry.uom : null }];
  });
}

function subjects(list: unknown, field: string, parse: ParseCode): Subject[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new EpcisEventProblem(`${field} is not a list`);
  return list.map((code, index) => {
    const found = identity(code, `${field}[${index}]`, parse);
    if (found.kind === 'lot') throw new EpcisEventProblem(`${field}[${index}] names a lot class, not an instance: put it in a quantity list`);
    return found;
  });
}

/** A party of a source or destination list by CBV type (`owning_party`, `possessing_party`, `location`). */
function party(list: unknown, type: string): string | null {
  if (!Array.isArray(list)) return null;
  for (const entry of list as Json[])
    if (cbvTerm(entry.type) === type) return typeof entry.destination === 'string' ? entry.destination : typeof entry.source === 'string' ? entry.source : null;
  return null;
}

function transactionsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return (list as Json[]).flatMap((entry) => (typeof entry?.bizTransaction === 'string' ? [entry.bizTransaction] : []));
}

/**
 * The intents of one event; `eventId` is its eventID or canonical hash (a sale's receipt when it names no transaction).
 * `parse` reads its identifiers (a capture shares one memo with the event's query keys).
 */
export function intentsOf(event: Json, eventId: string, parse: ParseCode = parseScanCode): EpcisIntent[] {
  const type = event.type;
  const action = event.action;
  const step = cbvTerm(event.bizStep);
  const location = idOf(event.bizLocation);
  const readPoint = idOf(event.readPoint);
  if (type === 'ObjectEvent') {
    const epcs = subjects(event.epcList, 'epcList', parse);
    if (action === 'ADD' && step === 'commissioning') {
      if (!location) throw new EpcisEventProblem('a commissioning needs a bizLocation: where the serials are assigned');
      const ilmd = (event.ilmd ?? {}) as Json;
      const lot = typeof ilmd['cbvmda:lotNumber'] === 'string' ? ilmd['cbvmda:lotNumber'] : null;
      const expiry = typeof ilmd['cbvmda:itemExpirationDate'] === 'string' ? ilmd['cbvmda:itemExpirationDate'] : null;
      const units = epcs.filter((subject): subject is Extract<Subject, { kind: 'unit' }> => subject.kind === 'unit');
      if (units.length < epcs.length) throw new EpcisEventProblem('a commissioning names serialised items (SGTINs): containers are created by packing');
      const lots = lotQuantities(event.quantityList, 'quantityList', parse);
      const intents: EpcisIntent[] = [];
      if (units.length) intents.push({ kind: 'commission', units, location, lot, expiry });
      if (lots.length) intents.push({ kind: 'commission-lots', lots, location });
      return intents;
    }
    const place = location ?? readPoint;
    // Lots move by the transactional steps (shipping, receiving, selling, destroying); a sighting of a quantity is kept as captured.
    const lots = () => lotQuantities(event.quantityList, 'quantityList', parse, 'lots only');
    const transactions = transactionsOf(event.bizTransactionList);
    const transaction = transactions.length ? transactions[0] : null;
    if (action === 'OBSERVE' || action === 'ADD') {
      const intents: EpcisIntent[] = [];
      const to = party(event.destinationList, 'owning_party') ?? party(event.destinationList, 'possessing_party') ?? party(event.destinationList, 'location');
      // A shipping says whom it goes to, a receiving where it arrives; without that, each is a sighting where it was read.
      // A lot's shipment is named by the shipping's first business transaction (a receiving names it again), else by the event.
      if (step === 'shipping' && to) return [{ kind: 'ship', subjects: epcs, to, lots: lots(), from: place, shipment: transaction ?? eventId }];
      if (step === 'receiving' && location) {
        const by = party(event.destinationList, 'possessing_party') ?? party(event.destinationList, 'owning_party') ?? location;
        return [{ kind: 'receive', subjects: epcs, by, location, lots: lots(), transactions }];
      }
      if (step === 'retail_selling') {
        const customer = party(event.destinationList, 'owning_party') ?? 'retail';
        return [{ kind: 'sell', subjects: epcs, customer, receipt: transaction ?? eventId, lots: lots(), from: place }];
      }
      if (place) intents.push({ kind: 'observe', subjects: epcs, location: place, readPoint });
      if (location) intents.push({ kind: 'move', subjects: epcs, to: location });
      return intents.length ? intents : [{ kind: 'kept-as-captured', why: 'an observation with neither readPoint nor bizLocation' }];
    }
    if (action === 'DELETE' && (step === 'decommissioning' || step === 'destroying'))
      return [{ kind: 'scrap', subjects: epcs, reason: step, lots: lots(), from: place }];
    return [{ kind: 'kept-as-captured', why: `ObjectEvent ${String(action)} ${step ?? 'without bizStep'} changes nothing the domain records` }];
  }
  if (type === 'AggregationEvent') {
    const parent = event.parentID === undefined ? null : identity(event.parentID, 'parentID', parse);
    if (!parent || parent.kind !== 'container') return [{ kind: 'kept-as-captured', why: 'an aggregation whose parent is not an SSCC' }];
    const children = subjects(event.childEPCs, 'childEPCs', parse);
    if (action === 'ADD') return [{ kind: 'pack', container: parent.sscc, units: children, location: location ?? readPoint }];
    if (action === 'DELETE') return [{ kind: 'unpack', container: parent.sscc, units: children }];
    return location || readPoint
      ? [{ kind: 'observe', subjects: [parent], location: (location ?? readPoint) as string, readPoint }]
      : [{ kind: 'kept-as-captured', why: 'an aggregation observed nowhere' }];
  }
  if (type === 'TransformationEvent') {
    return [
      {
        kind: 'transform',
        inputs: subjects(event.inputEPCList, 'inputEPCList', parse),
        inputLots: lotQuantities(event.inputQuantityList, 'inputQuantityList', parse, 'product classes skipped'),
        outputs: subjects(event.outputEPCList, 'outputEPCList', parse),
        outputLots: lotQuantities(event.outputQuantityList, 'outputQuantityList', parse, 'product classes skipped'),
        location: location ?? readPoint,
      },
    ];
  }
  return [{ kind: 'kept-as-captured', why: `${String(type)} is kept as captured: the domain has nothing it maps to` }];
}
