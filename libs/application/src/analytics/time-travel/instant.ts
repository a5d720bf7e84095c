import { isISO8601 } from 'class-validator';

/** A date, or a date-time with its zone (`Z` or an offset): a time without zone would depend on the server's. */
const ZONED = /^\d{4}-\d{2}-\d{2}$|(Z|[+-]\d{2}(:?\d{2})?)$/;

export const INSTANT_RULE = 'must be an ISO 8601 date or date-time with a zone, e.g. 2026-03-03T12:00:00Z';

/** The normalised instant (as stored event times are written), or null when `text` is not one. */
export function parseInstant(text: string): string | null {
  if (!isISO8601(text, { strict: true, strictSeparator: true }) || !ZONED.test(text)) return null;
  return new Date(text).toISOString();
}
