import { InvalidInput } from './errors';

/** SKUs, serials, lot ids, locations and parties: 1–64 printable characters, no surrounding blanks. */
const IDENTIFIER = /^[^\p{C}\s](?:[^\p{C}]*[^\p{C}\s])?$/u;
export const IDENTIFIER_MAX_LENGTH = 64;

export function identifierProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a string';
  const length = [...value].length;
  if (length < 1 || length > IDENTIFIER_MAX_LENGTH) return `must be 1-${IDENTIFIER_MAX_LENGTH} characters long`;
  if (!IDENTIFIER.test(value)) return 'must contain printable characters only, without leading or trailing blanks';
  return null;
}

export function requireIdentifier(field: string, value: unknown): string {
  const problem = identifierProblem(value);
  if (problem) throw InvalidInput.field(field, problem);
  return value as string;
}

/** A unit is its product plus its serial: serials are unique per SKU, not globally. */
export interface UnitRef {
  sku: string;
  serial: string;
}

export const unitKey = (unit: UnitRef): string => `${unit.sku}/${unit.serial}`;

/**
 * Every family of streams and its prefix. Stream names are only built from here, so a new family cannot get
 * streams without a prefix that followers of the log (EventStoreDB's filter) select on. The prefix is the part
 * before the first dash, which keeps EventStoreDB categories usable ($ce-unit, $ce-lot).
 */
const STREAM_PREFIXES = {
  unit: 'unit-',
  lot: 'lot-',
  recall: 'recall-',
  container: 'container-',
  access: 'access-',
  product: 'product-',
  gtin: 'gtin-',
  count: 'count-',
  claim: 'claim-',
  epcis: 'epcis-',
} as const;

const streamOf = (family: keyof typeof STREAM_PREFIXES, identity: string): string => `${STREAM_PREFIXES[family]}${identity}`;

export const unitStream = (unit: UnitRef): string => streamOf('unit', `${encodeURIComponent(unit.sku)}:${encodeURIComponent(unit.serial)}`);

export const lotStream = (lotId: string): string => streamOf('lot', encodeURIComponent(lotId));

export const containerStream = (containerId: string): string => streamOf('container', encodeURIComponent(containerId));

export const recallStream = (recallId: string): string => streamOf('recall', encodeURIComponent(recallId));

export const productStream = (sku: string): string => streamOf('product', encodeURIComponent(sku));

/** A GTIN's register (14 digits): which product it names. */
export const gtinStream = (gtin: string): string => streamOf('gtin', gtin);

export const countStream = (countId: string): string => streamOf('count', encodeURIComponent(countId));

/** What a count expects, beside the count's own stream (its category is the count's; an encoded id never holds a slash). */
export const countExpectationStream = (countId: string): string => `${countStream(countId)}/expected`;

export const claimStream = (claimId: string): string => streamOf('claim', encodeURIComponent(claimId));

/** A captured EPCIS event's register, named by its eventID (or canonical hash). */
export const epcisEventStream = (eventID: string): string => streamOf('epcis', `event:${encodeURIComponent(eventID)}`);

/** A capture job: its outcome, in the same write as what it applied. */
export const epcisCaptureStream = (captureID: string): string => streamOf('epcis', `capture:${encodeURIComponent(captureID)}`);

/** A named EPCIS query and its subscriptions. */
export const epcisQueryStream = (queryName: string): string => streamOf('epcis', `query:${encodeURIComponent(queryName)}`);

/** The register of API keys: one stream for all of them. */
export const ACCESS_KEYS_STREAM = streamOf('access', 'keys');

/** Every stream of the domain starts with one of these. */
export const DOMAIN_STREAM_PREFIXES: readonly string[] = Object.values(STREAM_PREFIXES);
