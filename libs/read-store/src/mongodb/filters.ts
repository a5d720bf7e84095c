import { Document } from 'mongodb';
import { Filter, Key, ReadModelDefinition, Scalar } from '../read-store.port';

/*
 * Every MongoDB filter is built here, from field names the ModelGuard checked and values that must be plain
 * scalars: an object reaching a filter from a request (`{"$ne": ""}`) would be an operator, so it is refused.
 */

function scalar(field: string, value: unknown): Scalar {
  if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw new Error(`read store filter on ${field}: ${JSON.stringify(value)} is not a string, a finite number or null`);
}

/** Equality on every field; a list matches any of its values. */
export function equalityFilter(where: Filter): Document {
  return Object.fromEntries<unknown>(
    Object.entries(where).map(([field, value]) =>
      Array.isArray(value) ? [field, { $in: value.map((item) => scalar(field, item)) }] : [field, scalar(field, value)],
    ),
  );
}

/** The one document with this key. */
export function keyFilter(model: ReadModelDefinition, key: Key): Document {
  return equalityFilter(Object.fromEntries(model.key.map((field) => [field, key[field]])));
}

/** Documents after `after` in key order: (a > x) or (a = x and b > y) …, the keyset condition spelt out. */
export function afterKey(model: ReadModelDefinition, after: Key): Document {
  return {
    $or: model.key.map((field, index) => ({
      ...keyFilter({ ...model, key: model.key.slice(0, index) }, after),
      [field]: { $gt: scalar(field, after[field]) },
    })),
  };
}

/** A page's filter: the equality filters, then past the previous page's last key. */
export function pageFilter(model: ReadModelDefinition, where: Filter, after?: Key): Document {
  const equal = equalityFilter(where);
  return after ? { $and: [equal, afterKey(model, after)] } : equal;
}

/** Sort by key: what pages are ordered by, and what every index ends with. */
export const keyOrder = (model: ReadModelDefinition): Record<string, 1> => Object.fromEntries(model.key.map((field) => [field, 1 as const]));
