import { gs1CheckDigit, gtin14, gtinProblem, identifierProblem, InvalidInput, ssccProblem } from '@trace/domain';
import { parseBarcode } from 'gs1-barcode-parser-mod';

/** What a scanned code names: a unit (GTIN and serial), a container (SSCC) or a lot (GTIN and lot). */
export type ScanIdentity =
  | { kind: 'unit'; gtin: string; serial: string; lot?: string; expiry?: string }
  | { kind: 'container'; sscc: string }
  | { kind: 'lot'; gtin: string; lot: string; expiry?: string; count?: number };

/** The GS1 application identifiers a scan uses; any other in a code is carried but not needed. */
const AI = { SSCC: '00', GTIN: '01', LOT: '10', EXPIRY: '17', SERIAL: '21', COUNT: '30' } as const;

const refused = (message: string) => InvalidInput.field('code', message);

/**
 * A scanned code as the GS1 element it names, whatever form it came in: an element string (human readable with
 * parentheses, or raw as a scanner sends it, with a symbology identifier such as `]d2`, `]Q3` or `]C1` and the GS
 * character between variable-length fields), a GS1 Digital Link URI on any host (uncompressed), or an EPC pure
 * identity URN (SGTIN, SSCC, LGTIN class). Check digits and dates are verified; anything else is 400 naming what is wrong.
 */
export function parseScanCode(code: string): ScanIdentity {
  const text = code.trim();
  if (text.length === 0) throw refused('is empty');
  if (/^urn:epc:/i.test(text)) return identityOf(epcElements(text), 'EPC URN');
  if (/^https?:\/\//i.test(text)) return identityOf(digitalLinkElements(text), 'Digital Link');
  return identityOf(elementStringElements(text), 'element string');
}

type Elements = Map<string, string>;

const GS = String.fromCharCode(29);

/** FNC1 in first position marks a GS1 code; scanners send it as a GS, before or after the symbology identifier, where the parser expects none. */
function withoutLeadingFnc1(text: string): string {
  const symbology = /^\][A-Za-z]\d/.exec(text)?.[0] ?? '';
  let rest = text.slice(symbology.length);
  while (rest.startsWith(GS)) rest = rest.slice(1);
  return symbology + rest;
}

/** Element strings through gs1-barcode-parser-mod, which knows every AI's length and format (it checks no check digit). */
function elementStringElements(text: string): Elements {
  let parsed: ReturnType<typeof parseBarcode>;
  try {
    parsed = parseBarcode(withoutLeadingFnc1(text));
  } catch (problem) {
    throw refused(`is not a GS1 element string: ${String(problem)}`);
  }
  const elements: Elements = new Map();
  for (const item of parsed.parsedCodeItems) {
    if (elements.has(item.ai)) throw refused(`repeats AI (${item.ai})`);
    // The parser turns dates into Date objects and lets a month 13 roll into the next year: dates are read from
    // the digits as written instead.
    elements.set(item.ai, item.data instanceof Date ? item.raw : String(item.data));
  }
  return elements;
}

/** Primary keys a Digital Link path may carry, and the key qualifiers each may have after it, in the order GS1 allows them. */
const LINK_KEYS: Record<string, string[]> = { '01': ['22', '10', '21'], '00': [] };

/**
 * Uncompressed Digital Link URIs on any host: the path's last run of `/{primary key AI}/{value}` with its key
 * qualifiers (a path prefix before it is the owner's), and data attributes as numeric query parameters. The
 * elements are then read as one element string, so every AI's format is checked by the same parser.
 * (digital-link.js reads the same with GS1's ABNF grammar, at about a millisecond a URI: a tenth of S1's budget.)
 */
function digitalLinkElements(text: string): Elements {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refused('is not a URI');
  }
  const segments = url.pathname.split('/').filter((segment) => segment.length > 0);
  const start = segments.findIndex((segment, index) => segment in LINK_KEYS && index + 1 < segments.length);
  if (start === -1) throw refused('is a URI without a GS1 Digital Link path (/01/{gtin}/21/{serial}, /00/{sscc}, …)');
  const pairs: Array<[string, string]> = [];
  const allowed = LINK_KEYS[segments[start]];
  for (let index = start; index < segments.length; index += 2) {
    const ai = segments[index];
    if (index > start && !allowed.includes(ai)) throw refused(`is a Digital Link with (${ai}) where a key qualifier of (${segments[start]}) belongs`);
    if (index + 1 >= segments.length) throw refused(`is a Digital Link with (${ai}) and no value`);
    const value = unescaped(segments[index + 1]);
    // A Digital Link may carry a GTIN-8, -12 or -13 as written on the pack; an element string holds 14 digits.
    pairs.push([ai, ai === AI.GTIN && /^(\d{8}|\d{12,13})$/.test(value) ? gtin14(value) : value]);
  }
  for (const [ai, value] of url.searchParams) if (/^\d{2,4}$/.test(ai)) pairs.push([ai, value]);
  if (pairs.some(([, value]) => value.includes(GS))) throw refused('is a Digital Link with a control character in a value');
  // Fixed-length AIs first need no separator; every value after a variable-length one is preceded by GS, harmless after a fixed one.
  return elementStringElements(`]d2${pairs.map(([ai, value]) => `${ai}${value}`).join(GS)}`);
}

/** A YYMMDD date as GS1 writes it (day 00: the month's last day), in the century the GS1 sliding window gives. */
function expiryDate(yymmdd: string): string {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(yymmdd);
  if (!match) throw refused(`has an expiry (17) that is not YYMMDD: ${yymmdd}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const now = new Date().getUTCFullYear();
  // GS1 General Specifications 7.12: a year up to 49 ahead is in this century's window, more than 50 back the next.
  let full = Math.floor(now / 100) * 100 + year;
  if (full - now > 50) full -= 100;
  else if (now - full >= 50) full += 100;
  if (month < 1 || month > 12) throw refused(`has an expiry (17) with month ${match[2]}`);
  const last = new Date(Date.UTC(full, month, 0)).getUTCDate();
  if (day > last) throw refused(`has an expiry (17) with day ${match[3]}`);
  return `${full}-${match[2]}-${String(day === 0 ? last : day).padStart(2, '0')}`;
}

const checkDigitOf = (body: string): string => String(gs1CheckDigit(body));

const EPC = /^urn:epc:(id|class):(sgtin|sscc|lgtin):(\d+)\.(\d+)(?:\.(.+))?$/i;

/** EPC pure identity URNs (Tag Data Standard §6): the GS1 key is rebuilt from company prefix and reference, its check digit added. */
function epcElements(text: string): Elements {
  const match = EPC.exec(text);
  if (!match) throw refused('is not an EPC URN this service reads (urn:epc:id:sgtin:…, urn:epc:id:sscc:…, urn:epc:class:lgtin:…)');
  const [, space, scheme, prefix, reference, rest] = match;
  const kind = `${space.toLowerCase()}:${scheme.toLowerCase()}`;
  const elements: Elements = new Map();
  if (kind === 'id:sscc') {
    if (rest !== undefined) throw refused('is an SSCC URN with a third part');
    if (prefix.length + reference.length !== 17) throw refused('is an SSCC URN whose company prefix and serial reference are not 17 digits');
    const body = reference[0] + prefix + reference.slice(1);
    elements.set(AI.SSCC, body + checkDigitOf(body));
    return elements;
  }
  if (kind !== 'id:sgtin' && kind !== 'class:lgtin') throw refused(`is an EPC URN of ${space}:${scheme}, which names no unit, container or lot`);
  if (prefix.length + reference.length !== 13) throw refused('is an EPC URN whose company prefix and item reference are not 13 digits');
  if (rest === undefined) throw refused(`is an EPC URN without its ${kind === 'id:sgtin' ? 'serial' : 'lot'}`);
  const body = reference[0] + prefix + reference.slice(1);
  elements.set(AI.GTIN, body + checkDigitOf(body));
  elements.set(kind === 'id:sgtin' ? AI.SERIAL : AI.LOT, unescaped(rest));
  return elements;
}

/** The text of an escaped URI part (a Digital Link segment, an EPC URN's serial or lot): percent-escapes decoded. */
function unescaped(escaped: string): string {
  try {
    return decodeURIComponent(escaped);
  } catch {
    throw refused(`has a malformed escape in ${escaped}`);
  }
}

/** The identity of the elements, check digits verified: a serial names a unit, a lot alone a lot, an SSCC a container. */
function identityOf(elements: Elements, form: string): ScanIdentity {
  for (const ai of [AI.SERIAL, AI.LOT]) {
    const value = elements.get(ai);
    const problem = value === undefined ? null : identifierProblem(value);
    if (problem) throw refused(`has a ${ai === AI.SERIAL ? 'serial (21)' : 'lot (10)'} that ${problem}`);
  }
  const sscc = elements.get(AI.SSCC);
  if (sscc !== undefined) {
    const problem = ssccProblem(sscc);
    if (problem) throw refused(`has an SSCC (00) that ${problem}`);
    return { kind: 'container', sscc };
  }
  const gtin = elements.get(AI.GTIN);
  if (gtin === undefined) throw refused(`is a ${form} without a GTIN (01) or an SSCC (00)`);
  const problem = gtinProblem(gtin);
  if (problem) throw refused(`has a GTIN (01) that ${problem}`);
  const serial = elements.get(AI.SERIAL);
  const lot = elements.get(AI.LOT);
  const written = elements.get(AI.EXPIRY);
  const expiry = written === undefined ? undefined : expiryDate(written);
  const extra = { ...(lot === undefined ? {} : { lot }), ...(expiry === undefined ? {} : { expiry }) };
  if (serial !== undefined) return { kind: 'unit', gtin: gtin14(gtin), serial, ...extra };
  if (lot !== undefined) {
    const count = elements.get(AI.COUNT);
    if (count !== undefined && !/^\d{1,8}$/.test(count)) throw refused('has a count of items (30) that is not 1 to 8 digits');
    return { kind: 'lot', gtin: gtin14(gtin), lot, ...(expiry === undefined ? {} : { expiry }), ...(count === undefined ? {} : { count: Number(count) }) };
  }
  throw refused(`is a ${form} with a GTIN but neither a serial (21) nor a lot (10): it names a product, not a unit or a lot`);
}
