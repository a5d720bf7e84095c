import { hash } from 'node:crypto';
import { gs1CheckDigit, storedInstantMs } from '@trace/domain';

/**
 * The event hash ID of CBV 2.0: SHA-256 over a pre-hash string that lists an EPCIS event's fields in a fixed order and
 * one normal form, so that the same event hashes alike however it was written (property order, CBV values bare, as URN
 * or as web URI, EPC URNs or Digital Links, time zone of its timestamps, order of its lists). Where the standard's prose
 * leaves room, this follows GS1's reference implementation (RalphTro/epcis-event-hash-generator).
 */
export function canonicalEventHash(event: Record<string, unknown>, context?: unknown): string {
  const digest = hash('sha256', preHashString(event, context), 'hex');
  return `ni:///sha-256;${digest}?ver=CBV2.0`;
}

/** The string that {@link canonicalEventHash} hashes. `context` is the document's `@context`; the event's own is honoured too. */
export function preHashString(event: Record<string, unknown>, context?: unknown): string {
  if (typeof event.type !== 'string') throw new Error('an EPCIS event needs a type to be hashed');
  return `eventType=${event.type}${fieldsOf(event, EVENT_FIELDS, namespacesOf(context, event['@context']), NOT_HASHED)}`;
}

type Json = Record<string, unknown>;
type Namespaces = ReadonlyMap<string, string>;
/** Writes one field as its part of the pre-hash string: '' when it has nothing to say. */
type Field = (name: string, value: unknown, namespaces: Namespaces) => string;
type FieldOrder = ReadonlyMap<string, Field>;

const CBV = 'https://ref.gs1.org/cbv/';
const GS1_VOCABULARY = 'https://gs1.org/voc/';
const ID_GS1 = 'https://id.gs1.org/';

const COMMENTS = new Set(['comment', 'rdfs:comment']);
/** The event's identity and bookkeeping, which a hash of its content leaves out, and its comments. */
const NOT_HASHED = new Set(['type', 'eventID', 'recordTime', 'errorDeclaration', '@context', ...COMMENTS]);

const STANDARD_PREFIXES: ReadonlyArray<[string, string]> = [
  ['cbv', CBV],
  ['cbvmda', 'urn:epcglobal:cbv:mda:'],
  ['epcis', 'https://ref.gs1.org/epcis/'],
  ['gs1', GS1_VOCABULARY],
];

/** The namespaces of a document's `@context`, worked out once for all its events (those without a context of their own). */
const documentNamespaces = new WeakMap<object, Namespaces>();

/** Prefixes of compact IRIs: the standard ones, then those the document's and the event's `@context` declare. */
function namespacesOf(documentContext: unknown, eventContext: unknown): Namespaces {
  if (eventContext !== undefined || typeof documentContext !== 'object' || documentContext === null) return declared(documentContext, eventContext);
  const known = documentNamespaces.get(documentContext);
  if (known) return known;
  const namespaces = declared(documentContext);
  documentNamespaces.set(documentContext, namespaces);
  return namespaces;
}

function declared(...contexts: unknown[]): Namespaces {
  const namespaces = new Map(STANDARD_PREFIXES);
  const declare = (context: unknown): void => {
    if (Array.isArray(context)) return context.forEach(declare);
    if (!isObject(context)) return;
    for (const [prefix, definition] of Object.entries(context)) {
      const iri = isObject(definition) ? definition['@id'] : definition;
      if (typeof iri === 'string' && !iri.startsWith('@') && !prefix.startsWith('@')) namespaces.set(prefix, iri);
    }
  };
  contexts.forEach(declare);
  return namespaces;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * UTF-8 byte order, which is code point order; JavaScript's comparison of UTF-16 units is the same order but where
 * a character outside the BMP (a surrogate pair) meets one above U+DFFF, so only then are bytes compared.
 */
const byCodePoint = (a: string, b: string): number =>
  SURROGATE.test(a) || SURROGATE.test(b) ? Buffer.compare(Buffer.from(a), Buffer.from(b)) : a < b ? -1 : a > b ? 1 : 0;

const sortedJoin = (parts: string[]): string => parts.filter(Boolean).sort(byCodePoint).join('');

/** The ordered fields of an object, then all the others (user extensions) sorted; `left out` are not hashed. */
function fieldsOf(object: Json, order: FieldOrder, namespaces: Namespaces, leftOut: ReadonlySet<string> = COMMENTS): string {
  let ordered = '';
  // A field absent writes nothing: only those present are written.
  for (const [key, field] of order) if (object[key] !== undefined) ordered += field(key, object[key], namespaces);
  // Most events have no field outside the order: nothing to sort then.
  const others: string[] = [];
  for (const key of Object.keys(object)) {
    if (order.has(key) || leftOut.has(key)) continue;
    const value = object[key];
    const sorted = SORTED_AMONG_EXTENSIONS.get(key);
    if (sorted) others.push(sorted(key, value, namespaces));
    else others.push(...extension(expandKey(key, namespaces), value, namespaces));
  }
  return others.length ? ordered + sortedJoin(others) : ordered;
}

const objectOf =
  (order: FieldOrder): Field =>
  (name, value, namespaces) => {
    const fields = isObject(value) ? fieldsOf(value, order, namespaces) : '';
    return fields && name + fields;
  };

/** A field that may repeat: each value written on its own, in sorted order. */
const each =
  (field: Field): Field =>
  (name, value, namespaces) =>
    Array.isArray(value) ? sortedJoin(value.map((item) => field(name, item, namespaces))) : field(name, value, namespaces);

/** A list written once by its name, followed by its sorted items. */
const listOf =
  (itemName: string, item: Field): Field =>
  (name, value, namespaces) => {
    const items = Array.isArray(value) ? each(item)(itemName, value, namespaces) : '';
    return items && name + items;
  };

const textOf = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value).trim() : '');

const valueField =
  (normalise: (text: string, namespaces: Namespaces) => string): Field =>
  (name, value, namespaces) => {
    const text = textOf(value);
    return text && `${name}=${normalise(text, namespaces)}`;
  };

const plain = each(valueField(canonicalValue));
const time = each(valueField(canonicalTime));
/** A vocabulary field: JSON-LD writes standard values bare (`shipping`), which stand for `base` + the term. */
const vocabulary = (base: string): Field => each(valueField((text, namespaces) => canonicalValue(text.includes(':') ? text : base + text, namespaces)));

/** A business transaction, source or destination: its type comes before its value, as in the reference implementation. */
function typedValue(typeBase: string): Field {
  const type = vocabulary(typeBase);
  return (name, entry, namespaces) => (isObject(entry) ? type('type', entry.type, namespaces) + plain(name, entry[name], namespaces) : '');
}

const fields = (entries: Record<string, Field>): FieldOrder => new Map(Object.entries(entries));

const epcs = listOf('epc', plain);
const quantities = listOf('quantityElement', objectOf(fields({ epcClass: plain, quantity: plain, uom: plain })));
const place = objectOf(fields({ id: plain }));

const sensorMetadata = fields({
  time,
  startTime: time,
  endTime: time,
  deviceID: plain,
  deviceMetadata: plain,
  rawData: plain,
  dataProcessingMethod: plain,
  bizRules: plain,
});

const sensorReport = fields({
  type: vocabulary(GS1_VOCABULARY),
  exception: vocabulary(GS1_VOCABULARY),
  deviceID: plain,
  deviceMetadata: plain,
  rawData: plain,
  dataProcessingMethod: plain,
  time,
  microorganism: plain,
  chemicalSubstance: plain,
  value: plain,
  component: vocabulary(`${CBV}Comp-`),
  stringValue: plain,
  booleanValue: plain,
  hexBinaryValue: plain,
  uriValue: plain,
  minValue: plain,
  maxValue: plain,
  meanValue: plain,
  sDev: plain,
  percRank: plain,
  percValue: plain,
  uom: plain,
  coordinateReferenceSystem: plain,
});

const sensorElement = fields({ sensorMetadata: objectOf(sensorMetadata), sensorReport: each(objectOf(sensorReport)) });

/** The canonical property order of CBV 2.0, as the reference implementation applies it. */
const EVENT_FIELDS = fields({
  eventTime: time,
  eventTimeZoneOffset: plain,
  certificationInfo: plain,
  parentID: plain,
  epcList: epcs,
  inputEPCList: epcs,
  childEPCs: epcs,
  quantityList: quantities,
  childQuantityList: quantities,
  inputQuantityList: quantities,
  outputEPCList: epcs,
  outputQuantityList: quantities,
  action: plain,
  transformationID: plain,
  bizStep: vocabulary(`${CBV}BizStep-`),
  disposition: vocabulary(`${CBV}Disp-`),
  persistentDisposition: objectOf(fields({ set: vocabulary(`${CBV}Disp-`), unset: vocabulary(`${CBV}Disp-`) })),
  readPoint: place,
  bizLocation: place,
  sensorElementList: listOf('sensorElement', objectOf(sensorElement)),
});

/** The reference implementation writes these after the ordered fields, sorted together with `ilmd` and the user extensions. */
const SORTED_AMONG_EXTENSIONS = fields({
  bizTransactionList: listOf('bizTransaction', typedValue(`${CBV}BTT-`)),
  sourceList: listOf('source', typedValue(`${CBV}SDT-`)),
  destinationList: listOf('destination', typedValue(`${CBV}SDT-`)),
});

/**
 * `ilmd`, user extensions and whatever else the standard does not order: `{namespace}name=value`, nested fields after
 * their parent's name, all sorted. A JSON array repeats its field; one named `…List` wraps items named without `List`,
 * which is how the XML binding writes such lists.
 */
function extension(name: string, value: unknown, namespaces: Namespaces): string[] {
  if (Array.isArray(value)) {
    if (!name.endsWith('List')) return value.flatMap((item) => extension(name, item, namespaces));
    const items = sortedJoin(value.flatMap((item) => extension(name.slice(0, -4), item, namespaces)));
    return items ? [name + items] : [];
  }
  if (isObject(value)) return [name + fieldsOf(value, NO_ORDER, namespaces)];
  if (value === null || value === undefined) return [];
  const text = textOf(value);
  return [text ? `${name}=${canonicalValue(text, namespaces)}` : name];
}

const NO_ORDER: FieldOrder = new Map();

/** `prefix:local` as `[namespace IRI, local]` when the prefix is declared. */
function splitCompact(term: string, namespaces: Namespaces): [string, string] | null {
  const colon = term.indexOf(':');
  const iri = colon > 0 ? namespaces.get(term.slice(0, colon)) : undefined;
  return iri === undefined ? null : [iri, term.slice(colon + 1)];
}

function expandKey(key: string, namespaces: Namespaces): string {
  const split = splitCompact(key, namespaces);
  return split ? `{${split[0]}}${split[1]}` : key;
}

function canonicalValue(text: string, namespaces: Namespaces): string {
  const split = splitCompact(text, namespaces);
  const value = webVocabulary(split ? split.join('') : text);
  // Only a web URI can be a Digital Link, and only a URN an EPC.
  return (
    canonicalNumber(value) ?? (value.startsWith('http') ? canonicalDigitalLink(value) : value.startsWith('urn:epc:') ? epcDigitalLink(value) : null) ?? value
  );
}

const CBV_URNS: ReadonlyArray<[string, string]> = [
  ['urn:epcglobal:cbv:bizstep:', 'BizStep-'],
  ['urn:epcglobal:cbv:disp:', 'Disp-'],
  ['urn:epcglobal:cbv:btt:', 'BTT-'],
  ['urn:epcglobal:cbv:sdt:', 'SDT-'],
  ['urn:epcglobal:cbv:er:', 'ER-'],
];

function webVocabulary(value: string): string {
  const urn = CBV_URNS.find(([prefix]) => value.startsWith(prefix));
  return urn ? CBV + urn[1] + value.slice(urn[0].length) : value;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Numbers without trailing zeros, written as Python writes a float, which the reference implementation's hashes depend on. */
function canonicalNumber(text: string): string | null {
  const number = DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(number)) return null;
  if (Number.isInteger(number)) return BigInt(number).toString();
  return Math.abs(number) < 1e-4 ? number.toExponential().replace(/e([+-])(\d)$/, 'e$10$2') : String(number);
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** UTC with milliseconds; a fourth decimal of 5 or more rounds up. Anything that is not a timestamp stays as written. */
function canonicalTime(text: string): string {
  // Already UTC with milliseconds, as most clients write it.
  if (storedInstantMs(text) !== null) return text;
  const parts = TIMESTAMP.exec(text);
  if (!parts) return text;
  const [, seconds, fraction = '', zone] = parts;
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3)) + (fraction.charAt(3) >= '5' ? 1 : 0);
  const instant = Date.parse(seconds + zone) + milliseconds;
  return Number.isNaN(instant) ? text : new Date(instant).toISOString();
}

const SHORT_NAMES = new Map(
  Object.entries({
    gtin: '01',
    itip: '8006',
    cpid: '8010',
    gln: '414',
    party: '417',
    gsrnp: '8017',
    gsrn: '8018',
    gcn: '255',
    sscc: '00',
    gdti: '253',
    ginc: '401',
    gsin: '402',
    grai: '8003',
    giai: '8004',
    cpv: '22',
    lot: '10',
    ser: '21',
  }),
);

/** GS1 AI characters, or their percent-encodings. */
const AI_CHARACTERS = String.raw`[\w!"%&'()*+,.:;<=>?-]`;
const AI_TEXT = new RegExp(`^${AI_CHARACTERS}+$`);

const KEY_SYNTAX = new Map<string, RegExp>([
  ['00', /^\d{18}$/],
  ['01', /^\d{14}$/],
  ['253', new RegExp(`^\\d{13}${AI_CHARACTERS}*$`)],
  ['255', /^\d{13,25}$/],
  ['401', AI_TEXT],
  ['402', /^\d{17}$/],
  ['414', /^\d{13}$/],
  ['417', /^\d{13}$/],
  ['8003', new RegExp(`^\\d{14}${AI_CHARACTERS}*$`)],
  ['8004', AI_TEXT],
  ['8006', /^\d{18}$/],
  ['8010', AI_TEXT],
  ['8017', /^\d{18}$/],
  ['8018', /^\d{18}$/],
]);

/** The key qualifiers a canonical Digital Link keeps, by key. */
const QUALIFIERS_OF = new Map([
  ['01', ['21', '10', '235']],
  ['414', ['254']],
  ['8006', ['21', '10']],
  ['8010', ['8011']],
]);
const QUALIFIER_SYNTAX = new Map<string, RegExp>([
  ['21', AI_TEXT],
  ['10', AI_TEXT],
  ['235', AI_TEXT],
  ['254', AI_TEXT],
  ['8011', /^\d{1,12}$/],
]);

const WEB_URI_PATH = /^https?:\/\/[^/?#]+\/([^?#]*?)\/?(?:\?[^#]*)?$/;

/**
 * A GS1 Digital Link in its constrained canonical form: on id.gs1.org, numeric AIs, GTIN of 14 digits, no query
 * string, no consumer product variant, and only the finest identification (a serial drops the lot).
 */
function canonicalDigitalLink(uri: string): string | null {
  const path = WEB_URI_PATH.exec(uri)?.[1];
  const segments = path === undefined ? [] : path.split('/');
  const start = segments.findIndex((segment) => KEY_SYNTAX.has(SHORT_NAMES.get(segment) ?? segment));
  const pairs = start < 0 ? [] : segments.slice(start).map((segment, i) => (i % 2 === 0 ? (SHORT_NAMES.get(segment) ?? segment) : segment));
  if (pairs.length === 0 || pairs.length % 2 !== 0) return null;
  const [ai, key, ...rest] = pairs;
  const qualifiers = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) qualifiers.set(rest[i], rest[i + 1]);
  qualifiers.delete('22');
  if (qualifiers.has('21')) qualifiers.delete('10');
  const fullKey = ai === '01' && [8, 12, 13].includes(key.length) ? key.padStart(14, '0') : key;
  if (!KEY_SYNTAX.get(ai)?.test(fullKey) || qualifiers.size > 1) return null;
  const [qualifier] = qualifiers;
  if (qualifier && !(QUALIFIERS_OF.get(ai)?.includes(qualifier[0]) && QUALIFIER_SYNTAX.get(qualifier[0])?.test(qualifier[1]))) return null;
  return ID_GS1 + [ai, fullKey, ...(qualifier ?? [])].join('/');
}

const withCheckDigit = (digits: string): string => `${digits}${gs1CheckDigit(digits)}`;
/** A GTIN or an SSCC: the reference's first digit (indicator or extension digit) goes in front of the company prefix. */
const leadingDigitFirst = (prefix: string, reference: string): string => withCheckDigit(reference[0] + prefix + reference.slice(1));

type EpcScheme = {
  /** Digits of company prefix and reference together, when the reference is numeric. */
  digits?: number;
  key: (prefix: string, reference: string) => string;
  serial?: (serial: string) => string;
};

const gtinScheme = (qualifier: string): EpcScheme => ({ digits: 13, key: (p, r) => `01/${leadingDigitFirst(p, r)}`, serial: (s) => `/${qualifier}/${s}` });

const EPC_SCHEMES = new Map<string, EpcScheme>([
  ['id:sgtin', gtinScheme('21')],
  ['class:lgtin', gtinScheme('10')],
  ['id:upui', gtinScheme('235')],
  ['id:sscc', { digits: 17, key: (p, r) => `00/${leadingDigitFirst(p, r)}` }],
  ['id:sgln', { digits: 12, key: (p, r) => `414/${withCheckDigit(p + r)}`, serial: (extension) => (extension === '0' ? '' : `/254/${extension}`) }],
  ['id:pgln', { digits: 12, key: (p, r) => `417/${withCheckDigit(p + r)}` }],
  ['id:grai', { digits: 12, key: (p, r) => `8003/${withCheckDigit(`0${p}${r}`)}`, serial: (s) => s }],
  ['id:gdti', { digits: 12, key: (p, r) => `253/${withCheckDigit(p + r)}`, serial: (s) => s }],
  ['id:sgcn', { digits: 12, key: (p, r) => `255/${withCheckDigit(p + r)}`, serial: (s) => s }],
  ['id:gsrn', { digits: 17, key: (p, r) => `8018/${withCheckDigit(p + r)}` }],
  ['id:gsrnp', { digits: 17, key: (p, r) => `8017/${withCheckDigit(p + r)}` }],
  ['id:gsin', { digits: 16, key: (p, r) => `402/${withCheckDigit(p + r)}` }],
  ['id:giai', { key: (p, r) => `8004/${p}${r}` }],
  ['id:ginc', { key: (p, r) => `401/${p}${r}` }],
  ['id:cpi', { key: (p, r) => `8010/${p}${r}`, serial: (s) => `/8011/${s}` }],
]);

const EPC_URN = /^urn:epc:(id|idpat|class):([a-z]+):(\d{6,12})\.(.*)$/;

/** Digital Link characters that EPC URNs leave bare. */
const percentEncoded = (path: string): string => path.replace(/[!()*+,:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** An EPC URI, EPC class URI or EPC pattern (`….*`) as its canonical Digital Link; other schemes are left as they are. */
function epcDigitalLink(urn: string): string | null {
  const match = EPC_URN.exec(urn);
  if (!match) return null;
  const [, kind, name, prefix, rest] = match;
  const scheme = EPC_SCHEMES.get(`${kind === 'idpat' ? 'id' : kind}:${name}`);
  if (!scheme) return null;
  const [reference, serial] = scheme.serial ? splitAtFirstDot(rest) : [rest, ''];
  const referenceFits = scheme.digits === undefined ? reference !== '' : reference.length === scheme.digits - prefix.length && /^\d*$/.test(reference);
  if (!referenceFits || !serialFits(scheme, kind === 'idpat', serial)) return null;
  const suffix = scheme.serial && kind !== 'idpat' ? scheme.serial(serial) : '';
  return ID_GS1 + percentEncoded(scheme.key(prefix, reference) + suffix);
}

function splitAtFirstDot(text: string): [string, string] {
  const dot = text.indexOf('.');
  return dot < 0 ? [text, ''] : [text.slice(0, dot), text.slice(dot + 1)];
}

/** A pattern stands for every serial (`*`) of a serialised scheme; an EPC names one. */
function serialFits(scheme: EpcScheme, isPattern: boolean, serial: string): boolean {
  if (!scheme.serial) return !isPattern;
  return isPattern ? serial === '*' : serial !== '';
}
