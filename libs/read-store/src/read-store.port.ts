/** Thrown by adapters when the store cannot be reached; the API answers 503 for it. */
export { StoreUnavailable } from '@trace/shared';

/** Injection token of the ReadStore port. */
export const READ_STORE = Symbol('ReadStore');

export type FieldType = 'text' | 'integer' | 'real' | 'json';
export type Scalar = string | number | null;
export type ReadDocument = Record<string, unknown>;
export type Key = Record<string, Scalar>;
/** Equality filters of a page query; a list matches any of its values (e.g. the serials of one page of units). */
export type Filter = Record<string, Scalar | Scalar[]>;

/** A read model as a projection declares it: its key, its fields and the equality filters it must serve fast. */
export interface ReadModelDefinition {
  /** Table or collection name: lower case letters, digits and underscores. */
  name: string;
  /** Fields that identify a document; pages are ordered by them. */
  key: string[];
  /** Every field, key fields included. */
  fields: Record<string, FieldType>;
  /** Each entry is a set of fields queried by equality; adapters append the key so pages stay index-ordered. */
  indexes: string[][];
}

/**
 * A write a projection asks for. Upserts set only the given fields; increments create missing documents at 0;
 * updates set fields on every existing document matching an indexed equality filter (denormalised copies);
 * copies insert a document for every document of another model matching an indexed filter (see CopyChange).
 */
export type Change =
  | { op: 'upsert'; model: string; key: Key; set: ReadDocument }
  | { op: 'update'; model: string; where: Key; set: ReadDocument }
  | { op: 'increment'; model: string; key: Key; by: Record<string, number> }
  | { op: 'delete'; model: string; key: Key }
  | CopyChange;

/**
 * A set materialised where it stands in the log, in one statement instead of one change per member (e.g. the
 * units a recall affects, from the lineage). For every document of `from` matching `where`, in `from`'s key
 * order, a document is inserted into `model` with `fields` (target field → source field) and the constant
 * `set`, unless `model` already has a document with that key: existing documents are kept as they are, and
 * of several sources giving the same key the first wins. The copy sees every change before it in the batch.
 */
export interface CopyChange {
  op: 'copy';
  model: string;
  from: string;
  where: Filter;
  fields: Record<string, string>;
  set: ReadDocument;
}

export interface Checkpoint {
  name: string;
  /** Position the batch brings the checkpoint to. */
  position: number;
  /** Position the writer believes is stored; a mismatch means another writer moved it and nothing is applied. */
  expected: number;
}

/** From `from` (inclusive) to `before` (exclusive), either end open; a document without a value is in no range. */
export interface Range {
  from?: string | number;
  before?: string | number;
}

/**
 * One page. It is read through one declared index (or the key) that the equality filters of `where` start, with
 * the key appended as every index has it; what `where` and `ranges` say beyond that index narrows the documents
 * read from it (so a narrowing filter costs at most the documents the index part matches). Without `order`, the
 * index must be bound whole by `where` and pages come in key order; with `order`, the index must be declared as
 * equality fields of `where` followed by `order.by`, and pages come by that field, then by key.
 */
export interface PageQuery {
  /** Equality filters. */
  where: Filter;
  /** Ranges on fields: on `order.by`, served by the index; on any other declared field, a narrowing. */
  ranges?: Record<string, Range>;
  /** Order by this field (then by key), ascending unless `descending`; documents without a value are left out. */
  order?: { by: string; descending?: boolean };
  limit: number;
  /** Where the previous page ended: its last document's key, with its `order.by` value when ordered. */
  after?: Key;
}

export interface RegisterOptions {
  /**
   * For tables being filled from empty that no reader uses yet (a replay's new generation): secondary indexes
   * may wait until the models are registered again without this, since building an index once after the load
   * costs a fraction of keeping it current row by row. Results never depend on it: an index a filtered update
   * needs is built when the update first comes, and adapters are free to build every index at once.
   */
  deferIndexes?: boolean;
}

export class CheckpointMoved extends Error {
  constructor(
    readonly checkpoint: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`checkpoint ${checkpoint} is at ${actual}, not ${expected}: another writer is running`);
    this.name = 'CheckpointMoved';
  }
}

export interface ReadStore {
  /** Creates what is missing for these models (tables or collections, and their indexes). */
  register(models: ReadModelDefinition[], options?: RegisterOptions): Promise<void>;
  /**
   * Applies the changes and moves the checkpoint, all or nothing. A batch may be given before the last one
   * settled (so a writer can prepare the next batch while the store writes the last): batches are applied in
   * the order they were given.
   */
  apply(changes: Change[], checkpoint: Checkpoint): Promise<void>;
  /** Stored position of a checkpoint, 0 when none. */
  checkpoint(name: string): Promise<number>;
  get(model: string, key: Key): Promise<ReadDocument | null>;
  /** One page ordered by key. */
  page(model: string, query: PageQuery): Promise<ReadDocument[]>;
  /** Number of documents per distinct value of `field` among those matching `where`. */
  countBy(model: string, where: Key, field: string): Promise<Record<string, number>>;
  /** Number of distinct values of `field` among the documents matching `where` (null is no value). */
  countDistinct(model: string, where: Key, field: string): Promise<number>;
  /** Removes a model with all its documents (a retired read-model generation); nothing happens when it is absent. */
  drop(model: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Read stores of their own, numbered, that an adapter can create and remove whole (SQLite: one file each). A
 * generation built alone in one is retired by removing its store, where dropping its tables from a shared
 * store reads back every page they held: with SQLite, a sixth of a 5M-event replay.
 */
export interface SeparateStores {
  /** The store numbered `id`; it must exist unless `create` is set (a removed one is never opened again by mistake). */
  open(id: number, create?: boolean): ReadStore;
  /** Closes this process's handle on the store, if it has one; the store stays. */
  release(id: number): Promise<void>;
  /** Closes and deletes the store, if it exists; answers what was deleted, for reports. */
  remove(id: number): Promise<string>;
  /** The numbers of the stores that exist. */
  list(): Promise<number[]>;
  /** Closes every handle this process has. */
  close(): Promise<void>;
}
