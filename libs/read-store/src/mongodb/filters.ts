import { Document } from 'mongodb';
import { Filter, Key, PageQuery, Range, ReadModelDefinition, Scalar } from '../read-store.port';

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

/** Documents after `after` in the order of `fields`: (a > x) or (a = x and b > y) …, the keyset condition spelt out. */
export function afterKey(fields: string[], after: Key, descending = false): Document {
  const past = descending ? '$lt' : '$gt';
  return {
    $or: fields.map((field, index) => ({
      ...equalityFilter(Object.fromEntries(fields.slice(0, index).map((before) => [before, after[before]]))),
      [field]: { [past]: scalar(field, after[field]) },
    })),
  };
}

/** A range as MongoDB matches it: a document without a value (or with null) is in no range. */
function rangeFilter(field: string, { from, before }: Range): Document {
  return {
    $ne: null,
    ...(from === undefined ? {} : { $gte: scalar(field, from) }),
    ...(before === undefined ? {} : { $lt: scalar(field, before) }),
  };
}

/** A page's filter: the equality filters and ranges, then past the previous page's last document in the page's order. */
export function pageFilter(model: ReadModelDefinition, query: Pick<PageQuery, 'where' | 'ranges' | 'order' | 'after'>): Document {
  const { where, order, after } = query;
  const ranges = order ? { [order.by]: {}, ...query.ranges } : (query.ranges ?? {});
  const filter = { ...equalityFilter(where), ...Object.fromEntries(Object.entries(ranges).map(([field, range]) => [field, rangeFilter(field, range)])) };
  return after ? { $and: [filter, afterKey(pageOrder(model, order), after, order?.descending)] } : filter;
}

/** The fields a page is ordered by: the order field if any, then the key. */
const pageOrder = (model: ReadModelDefinition, order: PageQuery['order']): string[] => (order ? [order.by, ...model.key] : model.key);

/** The sort of a page: what pages are ordered by, and what every index ends with (read backwards for a descending page). */
export const pageSort = (model: ReadModelDefinition, order?: PageQuery['order']): Record<string, 1 | -1> =>
  Object.fromEntries(pageOrder(model, order).map((field) => [field, order?.descending ? -1 : 1]));
