import { gtin14 } from '@trace/domain';
import { NativeEpcis, NativeParty, NativeSubject } from '@trace/projections';

/** What the renderer needs of a product to name its units and lots as GS1 keys; null for an unknown SKU. */
export type ProductNaming = (sku: string) => { gtin: string | null; gs1CompanyPrefixLength: number | null } | null;

export interface EventMeta {
  eventID: string;
  eventTime: string;
  recordTime: string;
  eventTimeZoneOffset?: string;
}

const DIGITAL_LINK = 'https://id.gs1.org';

/** GS1's 82-character set (General Specifications, figure 7.11-1), up to 20 of them: what AI (21) serials and (10) lots may hold. */
const GS1_AI_VALUE = /^[!"%-?A-Z_a-z]{1,20}$/;

/** The characters of that set an EPC URN escapes (Tag Data Standard, table A-1); the others stand as they are. */
const EPC_URN_ESCAPED = /["%&/<>?]/g;
const percentEscape = (character: string): string => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
const epcUrnValue = (value: string): string => value.replace(EPC_URN_ESCAPED, percentEscape);
/** A Digital Link escapes every character but RFC 3986's unreserved ones; encodeURIComponent leaves `!'()*` as they are. */
const digitalLinkValue = (value: string): string => encodeURIComponent(value).replace(/[!'()*]/g, percentEscape);

/** A GTIN-14 and, when the product declares its company prefix length, the `{companyPrefix}.{indicator}{itemRef}` of its EPC URNs. */
function gs1KeyOf(sku: string, naming: ProductNaming): { gtin: string; epcClass: string | null } | null {
  const product = naming(sku);
  if (!product?.gtin) return null;
  const gtin = gtin14(product.gtin);
  const length = product.gs1CompanyPrefixLength;
  if (length === null || !Number.isInteger(length) || length < 6 || length > 12) return { gtin, epcClass: null };
  return { gtin, epcClass: `${gtin.slice(1, 1 + length)}.${gtin[0]}${gtin.slice(1 + length, 13)}` };
}

/**
 * A unit's EPC: an SGTIN URN when its product declares a company prefix length, else a GS1 Digital Link; a product
 * without a GTIN, or a serial GS1 cannot carry (AI 21), gets the service's own URN.
 */
export function unitEpc(sku: string, serial: string, naming: ProductNaming): string {
  const key = gs1KeyOf(sku, naming);
  if (key === null || !GS1_AI_VALUE.test(serial)) return `urn:trace:unit:${encodeURIComponent(sku)}:${encodeURIComponent(serial)}`;
  return key.epcClass === null ? `${DIGITAL_LINK}/01/${key.gtin}/21/${digitalLinkValue(serial)}` : `urn:epc:id:sgtin:${key.epcClass}.${epcUrnValue(serial)}`;
}

/** A lot's EPC class, by the same rules as a unit's EPC (AI 10 for the lot); a lot whose product is not known (`sku` null) gets the service's own URN. */
export function lotEpcClass(sku: string | null, lotId: string, naming: ProductNaming): string {
  const key = sku === null ? null : gs1KeyOf(sku, naming);
  if (key === null || !GS1_AI_VALUE.test(lotId)) return `urn:trace:lot:${encodeURIComponent(lotId)}`;
  return key.epcClass === null ? `${DIGITAL_LINK}/01/${key.gtin}/10/${digitalLinkValue(lotId)}` : `urn:epc:class:lgtin:${key.epcClass}.${epcUrnValue(lotId)}`;
}

/** An SSCC as a Digital Link (its URN would need a company prefix length, which a container does not declare); any other id, the service's own URN. */
export const containerEpc = (containerId: string): string =>
  /^\d{18}$/.test(containerId) ? `${DIGITAL_LINK}/00/${containerId}` : `urn:trace:container:${encodeURIComponent(containerId)}`;

/** An absolute URI: a scheme, then only characters a URI holds (percent-escapes well formed). */
const URI = /^[a-z][a-z0-9+.-]*:(?:[\w\-.~:/?#[\]@!$&'()*+,;=]|%[0-9a-f]{2})*$/i;

/** Location, party and transaction ids go out verbatim when they are URIs, as the schema requires; others in the service's own URN. */
const asUri = (id: string, kind: 'location' | 'party' | 'transaction'): string => (URI.test(id) ? id : `urn:trace:${kind}:${encodeURIComponent(id)}`);

type Instance = Exclude<NativeSubject, { kind: 'lot' }>;
type Lot = Extract<NativeSubject, { kind: 'lot' }>;

/** `{ [field]: value }`, or nothing for a null: EPCIS leaves absent fields out. */
const optional = (field: string, value: unknown): Record<string, unknown> => (value === null || value === undefined ? {} : { [field]: value });
/** `{ [field]: list }`, or nothing for an empty list. */
const listed = (field: string, list: unknown[]): Record<string, unknown> => (list.length ? { [field]: list } : {});

const instanceEpc = (subject: Instance, naming: ProductNaming): string =>
  subject.kind === 'unit' ? unitEpc(subject.sku, subject.serial, naming) : containerEpc(subject.containerId);

const quantityElement = (lot: Lot, naming: ProductNaming): Record<string, unknown> => ({
  epcClass: lotEpcClass(lot.sku, lot.lotId, naming),
  ...optional('quantity', lot.quantity),
  ...optional('uom', lot.uom),
});

/** Instances by EPC, lots as classes counted in a quantity list. */
function named(subjects: NativeSubject[], naming: ProductNaming): { epcs: string[]; quantities: Array<Record<string, unknown>> } {
  const epcs: string[] = [];
  const quantities: Array<Record<string, unknown>> = [];
  for (const subject of subjects) {
    if (subject.kind === 'lot') quantities.push(quantityElement(subject, naming));
    else epcs.push(instanceEpc(subject, naming));
  }
  return { epcs, quantities };
}

/** What the event is about, in the fields its type has. */
function whatOf(native: NativeEpcis, naming: ProductNaming): Record<string, unknown> {
  if (native.type === 'TransformationEvent') {
    const inputs = named(native.inputs, naming);
    const outputs = named(native.outputs, naming);
    return {
      ...listed('inputEPCList', inputs.epcs),
      ...listed('inputQuantityList', inputs.quantities),
      ...listed('outputEPCList', outputs.epcs),
      ...listed('outputQuantityList', outputs.quantities),
    };
  }
  const { epcs, quantities } = named(native.subjects, naming);
  if (native.type === 'AggregationEvent') {
    const parent = native.parent === null || native.parent.kind === 'lot' ? null : instanceEpc(native.parent, naming);
    return { ...optional('parentID', parent), ...listed('childEPCs', epcs), ...listed('childQuantityList', quantities), action: native.action };
  }
  // An ObjectEvent names its objects in epcList, even an empty one, unless it counts them in a quantityList only.
  return { ...(epcs.length || !quantities.length ? { epcList: epcs } : {}), ...listed('quantityList', quantities), action: native.action };
}

const placeOf = (id: string | null) => (id === null ? null : { id: asUri(id, 'location') });
const partyId = (party: NativeParty): string => asUri(party.id, party.type === 'location' ? 'location' : 'party');
const ilmdOf = (ilmd: NativeEpcis['ilmd']) =>
  ilmd && { ...optional('cbvmda:lotNumber', ilmd.lotNumber), ...optional('cbvmda:itemExpirationDate', ilmd.itemExpirationDate) };

/** The EPCIS 2.0 JSON event a native fact is: CBV terms bare (the 2.0 context resolves them), absent fields left out. */
export function renderNative(native: NativeEpcis, meta: EventMeta, naming: ProductNaming): Record<string, unknown> {
  return {
    type: native.type,
    eventTime: meta.eventTime,
    eventTimeZoneOffset: meta.eventTimeZoneOffset ?? '+00:00',
    recordTime: meta.recordTime,
    eventID: meta.eventID,
    ...whatOf(native, naming),
    ...optional('bizStep', native.bizStep),
    ...optional('disposition', native.disposition),
    ...optional('readPoint', placeOf(native.readPoint)),
    ...optional('bizLocation', placeOf(native.bizLocation)),
    ...listed(
      'bizTransactionList',
      native.bizTransactions.map(({ type, id }) => ({ ...optional('type', type), bizTransaction: asUri(id, 'transaction') })),
    ),
    ...listed(
      'sourceList',
      native.sources.map((source) => ({ type: source.type, source: partyId(source) })),
    ),
    ...listed(
      'destinationList',
      native.destinations.map((destination) => ({ type: destination.type, destination: partyId(destination) })),
    ),
    ...optional('ilmd', ilmdOf(native.ilmd)),
  };
}
