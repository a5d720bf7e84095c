import { FieldType, Filter, Key, PageQuery, Range, ReadModelDefinition, Scalar } from '../read-store.port';

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

/** The value a filter binds for a field, as its clause in `equalities` expects it (none for null). */
function bound(value: Filter[string]): Scalar | undefined {
  switch (matchOf(value)) {
    case 'list':
      // One bound JSON array rather than one placeholder per value: a single cached statement serves any list length.
      return JSON.stringify(value);
    case 'null':
      return undefined;
    case 'equal':
      return Array.isArray(value) ? value[0] : value;
  }
}

const clause = (field: string, value: Filter[string]): string => {
  const match = matchOf(value);
  if (match === 'list') return `${quote(field)} IN (SELECT value FROM json_each(?))`;
  return match === 'null' ? `${quote(field)} IS NULL` : `${quote(field)} = ?`;
};

/** WHERE clauses (joined with AND) and their bound values for equality filters. */
export function equalities(where: Filter): { clauses: string[]; values: Scalar[] } {
  const clauses = Object.keys(where).map((field) => clause(field, where[field]));
  const values: Scalar[] = [];
  putFilter(values, 0, where);
  return { clauses, values };
}

/** Puts the values `equalities` binds for `where` into `params` from `at`, without building its clauses again. */
export function putFilter(params: unknown[], at: number, where: Filter): void {
  for (const field in where) {
    const value = bound(where[field]);
    if (value !== undefined) params[at++] = value;
  }
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
  /** `run` uses `params` before it returns and keeps nothing of it: writers fill the same array for every change. */
  prepare(sql: string): { run(params: unknown[]): unknown };
  exec(sql: string): unknown;
}

/** WHERE clauses and their values for ranges: from inclusive, before exclusive; NULL is in no range. */
function rangeClauses(ranges: Record<string, Range>): { clauses: string[]; values: Scalar[] } {
  const clauses: string[] = [];
  const values: Scalar[] = [];
  for (const [field, { from, before }] of Object.entries(ranges)) {
    const bounds: Array<[string, Scalar | undefined]> = [
      ['>=', from],
      ['<', before],
    ];
    const given = bounds.filter(([, value]) => value !== undefined);
    if (given.length === 0) clauses.push(`${quote(field)} IS NOT NULL`);
    for (const [operator, value] of given) {
      clauses.push(`${quote(field)} ${operator} ?`);
      values.push(value as Scalar);
    }
  }
  return { clauses, values };
}

/** The SELECT of one page (see PageQuery) and the values it binds, the limit last. */
export function pageStatement(model: ReadModelDefinition, query: PageQuery): { sql: string; values: Scalar[] } {
  const { order, where, ranges = {} } = query;
  const { clauses, values } = equalities(where);
  const ranged = rangeClauses(order && !(order.by in ranges) ? { ...ranges, [order.by]: {} } : ranges);
  clauses.push(...ranged.clauses);
  values.push(...ranged.values);
  // Only the key columns the filter leaves free: with pinned ones in the row value SQLite cannot seek, and
  // every page would rescan the filtered range from its start.
  const free = model.key.filter((field) => !(field in where) || Array.isArray(where[field]));
  const sequence = order ? [order.by, ...free] : free;
  if (query.after && sequence.length) {
    clauses.push(`(${columns(sequence)}) ${order?.descending ? '<' : '>'} (${sequence.map(() => '?').join(', ')})`);
    values.push(...sequence.map((field) => (query.after as Key)[field]));
  }
  const filter = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const direction = order?.descending ? ' DESC' : '';
  const sorted = (order ? [order.by, ...model.key] : model.key).map((field) => `${quote(field)}${direction}`).join(', ');
  values.push(query.limit);
  return { sql: `SELECT * FROM ${quote(model.name)} ${filter} ORDER BY ${sorted} LIMIT ?`, values };
}
