import { Change, FieldType, Key, Range, ReadModelDefinition, ReadStore, Scalar } from './read-store.port';

/**
 * A read model whose documents are `Doc`: the compiler checks that every field of the document is declared (with
 * its storage type), and that the key and the indexes name fields of it. The store itself stays untyped (it
 * stores any declared model); these types and the functions below are where documents get their shape.
 */
export interface ReadModel<Doc extends object> extends ReadModelDefinition {
  key: Array<keyof Doc & string>;
  fields: { [F in keyof Doc & string]-?: FieldType };
  indexes: Array<Array<keyof Doc & string>>;
}

/** Equality on some fields of a document; a list matches any of its values. */
export type Where<Doc> = { [F in keyof Doc]?: (Doc[F] & Scalar) | Array<Doc[F] & Scalar> };

/** Values of some fields of a document, as a change sets them. */
export type Fields<Doc> = { [F in keyof Doc]?: Doc[F] };

// Documents are plain JSON-shaped records: the port's untyped record and the declared document are the same data.
const asKey = <Doc>(fields: Fields<Doc> | Where<Doc>): Key => fields as Key;

export const upsert = <Doc extends object>(model: ReadModel<Doc>, key: Fields<Doc>, set: Fields<Doc>): Change => ({
  op: 'upsert',
  model: model.name,
  key: asKey(key),
  set,
});

export const update = <Doc extends object>(model: ReadModel<Doc>, where: Where<Doc>, set: Fields<Doc>): Change => ({
  op: 'update',
  model: model.name,
  where: asKey(where),
  set,
});

export const increment = <Doc extends object>(model: ReadModel<Doc>, key: Fields<Doc>, by: { [F in keyof Doc]?: number }): Change => ({
  op: 'increment',
  model: model.name,
  key: asKey(key),
  by: by as Record<string, number>,
});

/** Copies documents of `from` matching `where` into `model` (see CopyChange): each target field named with the source field it takes. */
export const copy = <To extends object, From extends object>(
  model: ReadModel<To>,
  from: ReadModel<From>,
  where: Where<From>,
  fields: { [T in keyof To]?: keyof From & string },
  set: Fields<To>,
): Change => ({ op: 'copy', model: model.name, from: from.name, where: asKey(where), fields: fields as Record<string, string>, set });

export const remove = <Doc extends object>(model: ReadModel<Doc>, key: Fields<Doc>): Change => ({ op: 'delete', model: model.name, key: asKey(key) });

/** One document by its key, as its model declares it. */
export async function getDocument<Doc extends object>(reads: ReadStore, model: ReadModel<Doc>, key: Fields<Doc>): Promise<Doc | null> {
  return (await reads.get(model.name, asKey(key))) as Doc | null;
}

/** What orders and narrows a page beyond equality (see PageQuery), in the model's own field names. */
export interface PageShape<Doc> {
  ranges?: { [F in keyof Doc & string]?: Range };
  order?: { by: keyof Doc & string; descending?: boolean };
}

/** One page of documents, in key order or as `shape` orders them, as their model declares them. */
export async function pageDocuments<Doc extends object>(
  reads: ReadStore,
  model: ReadModel<Doc>,
  where: Where<Doc>,
  limit: number,
  after?: Key,
  shape: PageShape<Doc> = {},
): Promise<Doc[]> {
  return (await reads.page(model.name, { where: asKey(where), limit, after, ranges: shape.ranges as Record<string, Range>, order: shape.order })) as Doc[];
}

/** How many documents have each value of `field`, among those matching `where`. */
export function countDocuments<Doc extends object>(
  reads: ReadStore,
  model: ReadModel<Doc>,
  where: Fields<Doc>,
  field: keyof Doc & string,
): Promise<Record<string, number>> {
  return reads.countBy(model.name, asKey(where), field);
}

/** How many distinct values `field` has among the documents matching `where`. */
export function countDistinct<Doc extends object>(reads: ReadStore, model: ReadModel<Doc>, where: Fields<Doc>, field: keyof Doc & string): Promise<number> {
  return reads.countDistinct(model.name, asKey(where), field);
}

/** Where the next keyset page starts after a document: its key, led by the order field when the page is ordered. */
export const keyOf = <Doc extends object>(model: ReadModel<Doc>, document: Doc, order?: PageShape<Doc>['order']): Key =>
  Object.fromEntries([...(order ? [order.by] : []), ...model.key].map((field) => [field, document[field] as Scalar]));
