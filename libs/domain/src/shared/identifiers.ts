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

// Stream names keep EventStoreDB categories usable ($ce-unit, $ce-lot): the prefix before the first dash.
export const unitStream = (unit: UnitRef): string => `unit-${encodeURIComponent(unit.sku)}:${encodeURIComponent(unit.serial)}`;

export const lotStream = (lotId: string): string => `lot-${encodeURIComponent(lotId)}`;

export const containerStream = (containerId: string): string => `container-${encodeURIComponent(containerId)}`;

export const recallStream = (recallId: string): string => `recall-${encodeURIComponent(recallId)}`;

/** Every stream of the domain starts with one of these: followers of the log (EventStoreDB's filter) select on them. */
export const DOMAIN_STREAM_PREFIXES: readonly string[] = ['unit-', 'lot-', 'recall-', 'container-'];
