import { ModelGuard } from '../model-guard';
import { Change, Filter, Key, ReadModelDefinition } from '../read-store.port';
import { createServingIndex } from './indexes';
import { columns, equalities, matchOf, quote, SqlTarget, toColumn } from './sql';

type Writer = (change: Change) => void;
type ChangeOf<Op extends Change['op']> = Extract<Change, { op: Op }>;

/**
 * Field names, unambiguously: declared names never contain a comma, so with the count no other list of names
 * gives the same text (an undeclared name still reaches the guard when its shape is first prepared).
 */
function names(record: object): string {
  const fields = Object.keys(record);
  return `${fields.length}:${fields.join(',')}`;
}

/** Field names of a filter, each with how it is matched: lists and nulls give other clauses. */
const filterShape = (where: Filter) => names(Object.fromEntries(Object.entries(where).map(([field, value]) => [`${field}:${matchOf(value)}`, 0])));

/** Changes with the same shape run the same statement: kind, model and field names, and how filters match. */
function shapeOf(change: Change): string {
  switch (change.op) {
    case 'upsert':
      return `upsert ${change.model} ${names(change.key)} ${names(change.set)}`;
    case 'increment':
      return `increment ${change.model} ${names(change.key)} ${names(change.by)}`;
    case 'delete':
      return `delete ${change.model} ${names(change.key)}`;
    case 'update':
      return `update ${change.model} ${filterShape(change.where)} ${names(change.set)}`;
    case 'copy':
      return `copy ${change.model} ${change.from} ${filterShape(change.where)} ${names(change.fields)}=${Object.values(change.fields).join(',')} ${names(change.set)}`;
  }
}

const keyValues = (model: ReadModelDefinition, key: Key) => model.key.map((field) => key[field]);

/**
 * Prepared writers, one per shape of change: the guard's checks, the SQL and the statement are made once per
 * shape rather than once per change — a projector writes millions of changes of a dozen shapes.
 */
export class ChangeWriters {
  private readonly writers = new Map<string, Writer>();

  constructor(
    private readonly db: SqlTarget,
    private readonly guard: ModelGuard,
  ) {}

  write(change: Change): void {
    this.writerFor(change)(change);
  }

  /** Checks a change as `write` would (names, filters), without running it. */
  check(change: Change): void {
    this.writerFor(change);
  }

  private writerFor(change: Change): Writer {
    const shape = shapeOf(change);
    let writer = this.writers.get(shape);
    if (!writer) this.writers.set(shape, (writer = this.prepare(change)));
    return writer;
  }

  /** Forgets every writer, e.g. once a model was dropped. */
  clear(): void {
    this.writers.clear();
  }

  private prepare(change: Change): Writer {
    switch (change.op) {
      case 'upsert':
        return this.upsert(change);
      case 'increment':
        return this.increment(change);
      case 'delete':
        return this.delete(change);
      case 'update':
        return this.update(change);
      case 'copy':
        return this.copy(change);
    }
  }

  private upsert(shape: ChangeOf<'upsert'>): Writer {
    const model = this.guard.keyed(shape.model, shape.key);
    const fields = Object.keys(shape.set);
    this.guard.declared(model, fields);
    const all = [...model.key, ...fields];
    const assignments = fields.map((field) => `${quote(field)} = excluded.${quote(field)}`);
    const statement = this.db.prepare(
      `INSERT INTO ${quote(model.name)} (${columns(all)}) VALUES (${all.map(() => '?').join(', ')})
       ON CONFLICT (${columns(model.key)}) DO ${assignments.length ? `UPDATE SET ${assignments.join(', ')}` : 'NOTHING'}`,
    );
    const types = fields.map((field) => model.fields[field]);
    return (change) => {
      const { key, set } = change as ChangeOf<'upsert'>;
      statement.run([...keyValues(model, key), ...fields.map((field, i) => toColumn(types[i], set[field]))]);
    };
  }

  private increment(shape: ChangeOf<'increment'>): Writer {
    const model = this.guard.keyed(shape.model, shape.key);
    const fields = Object.keys(shape.by);
    this.guard.declared(model, fields);
    const all = [...model.key, ...fields];
    const assignments = fields.map((field) => `${quote(field)} = coalesce(${quote(field)}, 0) + excluded.${quote(field)}`);
    const statement = this.db.prepare(
      `INSERT INTO ${quote(model.name)} (${columns(all)}) VALUES (${all.map(() => '?').join(', ')})
       ON CONFLICT (${columns(model.key)}) DO UPDATE SET ${assignments.join(', ')}`,
    );
    return (change) => {
      const { key, by } = change as ChangeOf<'increment'>;
      statement.run([...keyValues(model, key), ...fields.map((field) => by[field])]);
    };
  }

  private delete(shape: ChangeOf<'delete'>): Writer {
    const model = this.guard.keyed(shape.model, shape.key);
    const statement = this.db.prepare(`DELETE FROM ${quote(model.name)} WHERE ${model.key.map((field) => `${quote(field)} = ?`).join(' AND ')}`);
    return (change) => statement.run(keyValues(model, (change as ChangeOf<'delete'>).key));
  }

  private update(shape: ChangeOf<'update'>): Writer {
    if (Object.keys(shape.where).length === 0) throw new Error(`read model ${shape.model}: an update needs a filter`);
    const model = this.guard.indexed(shape.model, shape.where);
    createServingIndex(this.db, model, Object.keys(shape.where));
    const fields = Object.keys(shape.set);
    this.guard.declared(model, fields);
    const types = fields.map((field) => model.fields[field]);
    const statement = this.db.prepare(
      `UPDATE ${quote(model.name)} SET ${fields.map((field) => `${quote(field)} = ?`).join(', ')} WHERE ${equalities(shape.where).clauses.join(' AND ')}`,
    );
    return (change) => {
      const { where, set } = change as ChangeOf<'update'>;
      statement.run([...fields.map((field, i) => toColumn(types[i], set[field])), ...equalities(where).values]);
    };
  }

  private copy(shape: ChangeOf<'copy'>): Writer {
    const { target, source } = this.guard.copied(shape);
    createServingIndex(this.db, source, Object.keys(shape.where));
    const copied = Object.keys(shape.fields);
    const constants = Object.keys(shape.set);
    const types = constants.map((field) => target.fields[field]);
    const selected = [...copied.map((field) => quote(shape.fields[field])), ...constants.map(() => '?')];
    // Reading in the source's key order makes "the first source wins" the same on every run and every adapter.
    const statement = this.db.prepare(
      `INSERT INTO ${quote(target.name)} (${columns([...copied, ...constants])})
       SELECT ${selected.join(', ')} FROM ${quote(source.name)} WHERE ${equalities(shape.where).clauses.join(' AND ')} ORDER BY ${columns(source.key)}
       ON CONFLICT (${columns(target.key)}) DO NOTHING`,
    );
    return (change) => {
      const { where, set } = change as ChangeOf<'copy'>;
      statement.run([...constants.map((field, i) => toColumn(types[i], set[field])), ...equalities(where).values]);
    };
  }
}
