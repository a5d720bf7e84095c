import { AnyBulkWriteOperation, Document } from 'mongodb';
import { ModelGuard } from '../model-guard';
import { Change, CopyChange, Key, ReadDocument, ReadModelDefinition } from '../read-store.port';
import { equalityFilter, keyFilter } from './filters';

/** One unordered bulk write to one collection. */
export interface BulkWrite {
  collection: string;
  operations: AnyBulkWriteOperation[];
}

/** A copy between two collections, run on its own: it reads documents written by the steps before it. */
export interface CopyWrite {
  copy: CopyChange;
  target: ReadModelDefinition;
  source: ReadModelDefinition;
}

export type WriteStep = BulkWrite | CopyWrite;

/** What a batch's keyed changes leave of one document. */
type NetWrite = { kind: 'update'; set: ReadDocument; inc: Record<string, number> } | { kind: 'replace'; document: ReadDocument } | { kind: 'delete' };

interface Pending {
  model: ReadModelDefinition;
  key: Key;
  write: NetWrite;
}

/**
 * The bulk writes of a batch of changes, in the order they must run; each may run with `ordered: false`.
 *
 * Unordered is safe because every keyed change to one document is folded into a single operation first: the
 * driver groups unordered operations by type, so a delete could otherwise overtake the upsert that followed it.
 * A filtered update may touch any document, so it runs on its own, after what came before it and before what
 * comes after; so does a copy. Every name and value is checked by the ModelGuard here, before anything is written.
 */
export function writePlan(changes: Change[], guard: ModelGuard): WriteStep[] {
  const plan: WriteStep[] = [];
  let pending = new Map<string, Pending>();
  const flush = () => {
    plan.push(...byCollection([...pending.values()].map((entry) => ({ collection: entry.model.name, operation: operationOf(entry) }))));
    pending = new Map();
  };
  for (const change of changes) {
    if (change.op === 'update') {
      flush();
      plan.push({ collection: change.model, operations: [filteredUpdate(change, guard)] });
      continue;
    }
    if (change.op === 'copy') {
      flush();
      plan.push({ copy: change, ...guard.copied(change) });
      continue;
    }
    const model = guard.keyed(change.model, change.key);
    guard.declared(model, Object.keys(change.op === 'upsert' ? change.set : change.op === 'increment' ? change.by : {}));
    const id = `${model.name}\u0000${JSON.stringify(model.key.map((field) => change.key[field]))}`;
    const entry = pending.get(id) ?? { model, key: change.key, write: { kind: 'update', set: {}, inc: {} } };
    entry.write = fold(entry.write, change);
    pending.set(id, entry);
  }
  flush();
  return plan;
}

/** A document's net write after one more keyed change, with the meaning the SQLite adapter gives each op. */
function fold(write: NetWrite, change: Exclude<Change, { op: 'update' | 'copy' }>): NetWrite {
  switch (change.op) {
    case 'delete':
      return { kind: 'delete' };
    case 'upsert':
      if (write.kind === 'delete') return { kind: 'replace', document: { ...change.set } };
      if (write.kind === 'replace') return { kind: 'replace', document: { ...write.document, ...change.set } };
      // A value set after an increment replaces it.
      return { kind: 'update', set: { ...write.set, ...change.set }, inc: without(write.inc, Object.keys(change.set)) };
    case 'increment': {
      // A missing or null value counts as 0; an increment of a value set in this batch is folded into it.
      if (write.kind === 'delete') return { kind: 'replace', document: { ...change.by } };
      if (write.kind === 'replace') return { kind: 'replace', document: { ...write.document, ...added(write.document, change.by) } };
      const ontoSet = Object.entries(change.by).filter(([field]) => field in write.set);
      const ontoInc = Object.entries(change.by).filter(([field]) => !(field in write.set));
      return {
        kind: 'update',
        set: { ...write.set, ...added(write.set, Object.fromEntries(ontoSet)) },
        inc: { ...write.inc, ...added(write.inc, Object.fromEntries(ontoInc)) },
      };
    }
  }
}

function operationOf({ model, key, write }: Pending): AnyBulkWriteOperation {
  const filter = keyFilter(model, key);
  const keyFields = Object.fromEntries(model.key.map((field) => [field, key[field]]));
  switch (write.kind) {
    case 'delete':
      return { deleteOne: { filter } };
    case 'replace':
      return { replaceOne: { filter, replacement: { ...nullForUndefined(write.document), ...keyFields }, upsert: true } };
    case 'update': {
      const update: Document = { $set: { ...nullForUndefined(write.set), ...keyFields } };
      if (Object.keys(write.inc).length) update.$inc = write.inc;
      return { updateOne: { filter, update, upsert: true } };
    }
  }
}

function filteredUpdate(change: Extract<Change, { op: 'update' }>, guard: ModelGuard): AnyBulkWriteOperation {
  if (Object.keys(change.where).length === 0) throw new Error(`read model ${change.model}: an update needs a filter`);
  const model = guard.indexed(change.model, change.where);
  guard.declared(model, Object.keys(change.set));
  return { updateMany: { filter: equalityFilter(change.where), update: { $set: nullForUndefined(change.set) } } };
}

function byCollection(operations: Array<{ collection: string; operation: AnyBulkWriteOperation }>): BulkWrite[] {
  const grouped = new Map<string, AnyBulkWriteOperation[]>();
  for (const { collection, operation } of operations) {
    const group = grouped.get(collection) ?? [];
    group.push(operation);
    grouped.set(collection, group);
  }
  return [...grouped].map(([collection, group]) => ({ collection, operations: group }));
}

const added = (values: ReadDocument, by: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(by).map(([field, n]) => [field, ((values[field] as number | null | undefined) ?? 0) + n]));

const without = <T>(record: Record<string, T>, fields: string[]) => Object.fromEntries(Object.entries(record).filter(([field]) => !fields.includes(field)));

// The SQLite adapter stores an absent value as NULL; the driver would drop it.
export const nullForUndefined = (document: ReadDocument) => Object.fromEntries(Object.entries(document).map(([field, value]) => [field, value ?? null]));
