/** RFC 4180 field: quoted when it holds a separator, a quote or a line break; a leading formula sign is defused. */
type CsvValue = string | number | boolean | null | undefined;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV lines (header first) for `rows`, one string per row, so a caller can stream them. */
export async function* csvLines<Row extends { [K in keyof Row]: CsvValue }>(
  columns: Array<keyof Row & string>,
  rows: AsyncIterable<Row>,
): AsyncGenerator<string> {
  yield `${columns.join(',')}\r\n`;
  for await (const row of rows) yield `${columns.map((column) => field(row[column])).join(',')}\r\n`;
}
