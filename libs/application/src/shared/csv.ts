/** A value a CSV cell can hold; null and undefined are written as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Text a spreadsheet would run as a formula (=, +, -, @) or that hides such a start behind a tab or a carriage
 * return. Such a cell is written with a leading apostrophe, which spreadsheets show as text and never run.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 field: quoted only when it holds a separator, a quote or a line break, quotes doubled; a formula is defused. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const raw = String(value);
  // A number is written as itself: -1.5 is a number to a spreadsheet, not a formula.
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record: the fields in order, then the line break (RFC 4180's CRLF unless a format keeps LF). */
export function csvRecord(values: readonly CsvValue[], lineBreak: '\r\n' | '\n' = '\r\n'): string {
  return `${values.map(csvField).join(',')}${lineBreak}`;
}

/** CSV records (header first, CRLF) for `rows`, one string per row, so a caller can stream them with flat memory. */
export async function* csvLines<Row extends { [K in keyof Row]: CsvValue }>(
  columns: ReadonlyArray<keyof Row & string>,
  rows: AsyncIterable<Row>,
): AsyncGenerator<string> {
  yield csvRecord(columns);
  for await (const row of rows) yield csvRecord(columns.map((column) => row[column]));
}
