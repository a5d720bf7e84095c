import { SqliteEventStore } from '@trace/event-store/sqlite';
import { ALL_PROJECTIONS, changesOf } from '@trace/projections';
import { Key, ReadDocument, ReadModelDefinition, ReadModelGenerations, ReadStore } from '@trace/read-store';
import { SqliteReadStore, SqliteStoreFiles } from '@trace/read-store/sqlite';
import { join } from 'node:path';

const MODELS = ALL_PROJECTIONS.flatMap((projection) => projection.models);

async function everything(reads: ReadStore, model: ReadModelDefinition): Promise<ReadDocument[]> {
  const rows: ReadDocument[] = [];
  let after: Key | undefined;
  for (;;) {
    const page = await reads.page(model.name, { where: {}, limit: 1000, after });
    rows.push(...page);
    if (page.length < 1000) return rows;
    after = Object.fromEntries(model.key.map((field) => [field, page[page.length - 1][field] as string]));
  }
}

/** Every document of every projection's model, by model, as a store holds them. */
async function dump(reads: ReadStore): Promise<Record<string, ReadDocument[]>> {
  const models: Record<string, ReadDocument[]> = {};
  for (const model of MODELS) models[model.name] = await everything(reads, model);
  return models;
}

/** The read models a service left in `dataDir` (the current generation), and the position they include. */
export async function leftReadModels(dataDir: string): Promise<{ position: number; models: Record<string, ReadDocument[]> }> {
  const generations = new ReadModelGenerations(
    new SqliteReadStore({ file: join(dataDir, 'read-models.sqlite') }),
    'read-models',
    new SqliteStoreFiles(dataDir, 'read-models'),
  );
  const reads = generations.current();
  try {
    await reads.register(MODELS);
    return { position: await reads.checkpoint('read-models'), models: await dump(reads) };
  } finally {
    await reads.close();
  }
}

/** The read models built afresh from the whole log in `dataDir`, in one pass, and the log's head. */
export async function replayedReadModels(dataDir: string): Promise<{ position: number; models: Record<string, ReadDocument[]> }> {
  const events = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
  const reads = new SqliteReadStore({ file: ':memory:' });
  try {
    await reads.register(MODELS);
    let position = 0;
    for (;;) {
      const batch = await events.readAll(position, 5000);
      if (!batch.length) break;
      const changes = changesOf(ALL_PROJECTIONS, batch);
      const next = batch[batch.length - 1].position;
      await reads.apply(changes, { name: 'read-models', expected: position, position: next });
      position = next;
    }
    return { position, models: await dump(reads) };
  } finally {
    await reads.close();
    await events.close();
  }
}
