import { AnyBulkWriteOperation, ClientSession, Db, Document } from 'mongodb';

import { equalityFilter, keyFilter, pageSort } from './filters';
import { CopyWrite, nullForUndefined } from './write-plan';

/** Documents inserted per bulk write: bounded memory whatever the size of the copied set. */
const BATCH = 1000;

/** The document a copy inserts for one source document. */
export function copiedDocument({ copy }: CopyWrite, source: Document): Document {
  const copied = Object.fromEntries(Object.entries(copy.fields).map(([to, of]) => [to, source[of] ?? null]));
  return { ...nullForUndefined(copy.set), ...copied };
}

/**
 * Runs a copy inside the batch's transaction: it streams the source documents in key order and inserts each
 * missing one with `$setOnInsert` (an existing document is left as it is). Ordered bulk writes keep "the first
 * source wins" when two sources give the same key. (`$merge` would do it server-side, but is not allowed in a
 * transaction.)
 */
export async function runCopy(db: Db, step: CopyWrite, session: ClientSession): Promise<void> {
  const { copy, target, source } = step;
  const projection = Object.fromEntries(Object.values(copy.fields).map((field) => [field, 1]));
  const documents = db.collection(source.name).find(equalityFilter(copy.where), { session, projection }).sort(pageSort(source));
  let operations: AnyBulkWriteOperation[] = [];
  const flush = async () => {
    if (operations.length) await db.collection(target.name).bulkWrite(operations, { ordered: true, session });
    operations = [];
  };
  for await (const document of documents) {
    const inserted = copiedDocument(step, document);
    operations.push({ updateOne: { filter: keyFilter(target, inserted), update: { $setOnInsert: inserted }, upsert: true } });
    if (operations.length === BATCH) await flush();
  }
  await flush();
}
