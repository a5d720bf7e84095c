import { Document } from 'mongodb';
import { ReadDocument, ReadModelDefinition } from '../read-store.port';

/** A stored document as the port returns it: every declared field (null when absent, as in SQLite), no `_id`. */
export function toReadDocument(model: ReadModelDefinition, stored: Document): ReadDocument {
  return Object.fromEntries(Object.keys(model.fields).map((field) => [field, stored[field] ?? null]));
}
