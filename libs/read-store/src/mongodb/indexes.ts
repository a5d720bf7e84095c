import { IndexDescription } from 'mongodb';
import { ReadModelDefinition } from '../read-store.port';

/**
 * The indexes of a model's collection: a unique one on the key, and one per declared filter with the key
 * appended (as the SQLite adapter does), so a filtered page is read in key order straight from the index.
 */
export function indexDescriptions(model: ReadModelDefinition): IndexDescription[] {
  const ascending = (fields: string[]) => Object.fromEntries(fields.map((field) => [field, 1 as const]));
  return [
    { name: 'key', key: ascending(model.key), unique: true },
    ...model.indexes.map((index) => ({
      name: index.join('_'),
      key: ascending([...index, ...model.key.filter((field) => !index.includes(field))]),
    })),
  ];
}
