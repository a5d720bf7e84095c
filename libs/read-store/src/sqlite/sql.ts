import { FieldType, Filter, Scalar } from '../read-store.port';

/** Model and field names are checked by the ModelGuard before they reach SQL; quoting keeps them literal. */
export const quote = (name: string): string => `"${name}"`;
export const columns = (names: string[]): string => names.map(quote).join(', ');

/**
 * How a filter value is matched. A list of one, as a command reading its own unit gives, is an equality: SQLite
 * then seeks on it and needs no sort, where a list is a subquery over a JSON array.
 */
export function matchOf(value: Filter[string]): 'equal' | 'list' | 'null' {
  if (Array.isArray(value)) return value.length === 1 ? 'equal' : 'list';
  return value === null ? 'null' : 'equal';
}

/** WHERE clauses (joined with AND) and their bound values for equality filters. */
export function equalities(where: Filter): { clauses: string[]; values: Scalar[] } {
  const clauses: string[] = [];
  const values: Scalar[] = [];
  for (const [field, value] of Object.entries(where)) {
    switch (matchOf(value)) {
      case 'list':
        // One bound JSON array rather than one placeholder per value: a single cached statement serves any list length.
        clauses.push(`${quote(field)} IN (SELECT value FROM json_each(?))`);
        values.push(JSON.stringify(value));
        break;
      case 'null':
        clauses.push(`${quote(field)} IS NULL`);
        break;
      case 'equal':
        clauses.push(`${quote(field)} = ?`);
        values.push(Array.isArray(value) ? value[0] : (value as Scalar));
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
