import { FieldType, Filter, Scalar } from '../read-store.port';

/** Model and field names are checked by the ModelGuard before they reach SQL; quoting keeps them literal. */
export const quote = (name: string): string => `"${name}"`;
export const columns = (names: string[]): string => names.map(quote).join(', ');

/** WHERE clauses (joined with AND) and their bound values for equality filters. */
export function equalities(where: Filter): { clauses: string[]; values: Scalar[] } {
  const clauses: string[] = [];
  const values: Scalar[] = [];
  for (const [field, value] of Object.entries(where)) {
    if (Array.isArray(value)) {
      // One bound JSON array rather than one placeholder per value: a single cached statement serves any list length.
      clauses.push(`${quote(field)} IN (SELECT value FROM json_each(?))`);
      values.push(JSON.stringify(value));
    } else if (value === null) {
      clauses.push(`${quote(field)} IS NULL`);
    } else {
      clauses.push(`${quote(field)} = ?`);
      values.push(value);
    }
  }
  return { clauses, values };
}

/** A field value as SQLite stores it: JSON fields as text, absent values as NULL. */
export function toColumn(type: FieldType | undefined, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return type === 'json' ? JSON.stringify(value) : value;
}

/**
 * What change writers need of a connection: statements to run and DDL to execute. A better-sqlite3 connection
 * is one; so is the batch recorder of the writer thread.
 */
export interface SqlTarget {
  prepare(sql: string): { run(params: unknown[]): unknown };
  exec(sql: string): unknown;
}
