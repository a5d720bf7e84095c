import { Change, Key } from '../read-store.port';

type Mergeable = Extract<Change, { op: 'upsert' | 'increment' }>;

const documentId = (key: Key): string => JSON.stringify(Object.values(key));

/** The two as one change, or null when they are of different kinds. */
function merge(earlier: Change, later: Mergeable): Mergeable | null {
  if (earlier.op === 'upsert' && later.op === 'upsert') return { ...earlier, set: { ...earlier.set, ...later.set } };
  if (earlier.op === 'increment' && later.op === 'increment') {
    const by = { ...earlier.by };
    for (const field in later.by) by[field] = (by[field] ?? 0) + later.by[field];
    return { ...earlier, by };
  }
  return null;
}

/**
 * Folds the writes a batch makes to the same document into one: upserts of a key merge (later fields win),
 * increments add up. A batch of events touches the same few documents again and again (a unit's row, the
 * stock of a location), so this saves most statements. A delete of the key, a filtered update of the model (it
 * may match the key), or a copy into or out of the model ends merging across it, so applying the result equals
 * applying `changes` in order.
 */
export function coalesceChanges(changes: Change[]): Change[] {
  const merged: Change[] = [];
  // Per model: document id → index in `merged` of the last upsert or increment that may still absorb later ones.
  const open = new Map<string, Map<string, number>>();
  for (const change of changes) {
    let documents = open.get(change.model);
    if (!documents) open.set(change.model, (documents = new Map<string, number>()));
    if (change.op === 'update') {
      documents.clear();
    } else if (change.op === 'copy') {
      // It inserts documents of `model` and reads those of `from` as they are at this point of the batch.
      documents.clear();
      open.get(change.from)?.clear();
    } else if (change.op === 'delete') {
      documents.delete(documentId(change.key));
    } else {
      const id = documentId(change.key);
      const at = documents.get(id);
      const both = at === undefined ? null : merge(merged[at], change);
      if (at !== undefined && both) {
        merged[at] = both;
        continue;
      }
      documents.set(id, merged.length);
    }
    merged.push(change);
  }
  return merged;
}
