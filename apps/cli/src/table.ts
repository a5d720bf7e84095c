import { nullableText } from '@trace/application';

/** A plain-text table: one header row, columns padded to their widest cell. */
export function table<Row extends object>(rows: Row[], columns: Array<keyof Row & string>): string {
  const cell = (value: unknown): string => nullableText(value) ?? '';
  const cells: string[][] = [columns, ...rows.map((row) => columns.map((column) => cell(row[column])))];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => line[index].length)));
  return cells.map((line) => line.map((text, index) => (index === line.length - 1 ? text : text.padEnd(widths[index]))).join('  ')).join('\n') + '\n';
}
