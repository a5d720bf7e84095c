import Database from 'better-sqlite3';
import { servingIndex } from '../model-guard';
import { ReadModelDefinition } from '../read-store.port';
import { columns, quote, SqlTarget } from './sql';

function createIndex(db: SqlTarget, model: ReadModelDefinition, index: string[]): void {
  // The key follows the filtered fields, so a filtered page comes out of the index already in key order.
  const indexed = [...index, ...model.key.filter((field) => !index.includes(field))];
  const name = `${model.name}__${index.join('_')}`;
  db.exec(`CREATE INDEX IF NOT EXISTS ${quote(name)} ON ${quote(model.name)} (${columns(indexed)})`);
}

/** Creates the model's declared secondary indexes that are missing. */
export function createIndexes(db: Database.Database, model: ReadModelDefinition): void {
  for (const index of model.indexes) createIndex(db, model, index);
}

/**
 * Creates the secondary index serving an equality filter on `fields` if it is missing (the key needs none):
 * while a bulk load defers the other indexes, a filtered update must still find its rows without a table scan.
 */
export function createServingIndex(db: SqlTarget, model: ReadModelDefinition, fields: string[]): void {
  const index = servingIndex(model, fields);
  if (index && index !== model.key) createIndex(db, model, index);
}
