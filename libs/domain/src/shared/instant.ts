/**
 * The one grammar for instants the service accepts (occurredAt, asOf, knownAt, lot dates, CLI windows): a date
 * (`2026-03-03`, midnight UTC) or a date-time with minutes and a zone (`2026-03-03T12:00Z`,
 * `2026-03-03T12:00:00.5+01:00`). A date-time without zone is refused: it would depend on the server's zone.
 * Week dates, ordinal dates, basic format and comma fractions are ISO 8601 too, but no client needs them, and
 * accepting only what is checked here keeps every accepted text a real instant.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2})(?::?(\d{2}))?))?$/;

export const INSTANT_RULE = 'must be an ISO 8601 date (2026-03-03, midnight UTC) or date-time with a zone (2026-03-03T12:00:00Z, or an offset such as +01:00)';

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The last text read by {@link storedInstantMs}, and what it read. */
let lastStored: { text: string; ms: number | null } = { text: '', ms: null };

/**
 * Milliseconds since the epoch of `text` when it is written exactly as the service writes instants (toISOString),
 * as most clients send them too: such a text needs no normalising. Null for any other text.
 */
export function storedInstantMs(text: string): number | null {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 /* Z */) return null;
  // The same time comes several times in a row (each command a captured EPCIS event runs resolves its eventTime).
  if (text === lastStored.text) return lastStored.ms;
  const ms = Date.parse(text);
  // An instant read back as written is valid (30 February is not).
  const valid = !Number.isNaN(ms) && new Date(ms).toISOString() === text ? ms : null;
  lastStored = { text, ms: valid };
  return valid;
}

/** Milliseconds since the epoch of `text`, or null when it is not an instant of the grammar above. */
export function instantMs(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const stored = storedInstantMs(text);
  if (stored !== null) return stored;
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone, sign, offsetH = '0', offsetM = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || Number(offsetH) > 23 || Number(offsetM) > 59) return null;
  if (match[4] !== undefined && zone === undefined) return null;
  const offsetMinutes = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetH) * 60 + Number(offsetM));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Number(fraction.padEnd(3, '0').slice(0, 3)));
  // Date.UTC maps years 0-99 to 1900-1999; setting the full year keeps the year as written.
  const exact = new Date(utc);
  exact.setUTCFullYear(year);
  return exact.getTime() - offsetMinutes * 60_000;
}

/** The normalised instant (`toISOString`, as stored event times are written), or null when `text` is not one. */
export function parseInstant(text: unknown): string | null {
  const ms = instantMs(text);
  return ms === null ? null : new Date(ms).toISOString();
}

/** Why `value` is not an instant, or null when it is one. */
export const instantProblem = (value: unknown): string | null => (instantMs(value) === null ? INSTANT_RULE : null);
