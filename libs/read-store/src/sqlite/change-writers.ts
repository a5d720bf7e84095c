import { ModelGuard } from '../model-guard';
import { Change, FieldType, Key, ReadModelDefinition } from '../read-store.port';
import { ShapeMap } from './change-shapes';
import { createServingIndex } from './indexes';
import { columns, equalities, putFilter, quote, SqlTarget, toColumn } from './sql';

type Writer = (change: Change) => void;
type ChangeOf<Op extends Change['op']> = Extract<Change, { op: Op }>;

/** Puts the values of the model's key fields into `params` from `at`; returns where the next value goes. */
function putKey(params: unknown[], at: number, model: ReadModelDefinition, key: Key): number {
  for (const field of model.key) params[at++] = key[field];
  return at;
}

/** Runs a statement that binds the `fields` of the change's `set`, then the values of its filter (updates, copies). */
function setThenFilter(statement: { run(params: unknown[]): unknown }, fields: string[], types: Array<FieldType | undefined>): Writer {
  const params: unknown[] = [];
  return (change) => {
    const { where, set } = change as ChangeOf<'update' | 'copy'>;
    for (let i = 0; i < fields.length; i++) params[i] = toColumn(types[i], set[fields[i]]);
    putFilter(params, fields.length, where);
    statement.run(params);
  };
}

/**
 * Prepared writers, one per shape of change: the guard's checks, the SQL and the statement are made once per
 * shape rather than once per change — a projector writes millions of changes of a dozen shapes.
 */
export class ChangeWriters {
  private readonly writers = new ShapeMap<Writer>();

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
    let writer = this.writers.get(change);
    if (!writer) this.writers.set(change, (writer = this.prepare(change)));
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
    const params = new Array<unknown>(all.length);
    return (change) => {
      const { key, set } = change as ChangeOf<'upsert'>;
      const at = putKey(params, 0, model, key);
      for (let i = 0; i < fields.length; i++) params[at + i] = toColumn(types[i], set[fields[i]]);
      statement.run(params);
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
    const params = new Array<unknown>(all.length);
    return (change) => {
      const { key, by } = change as ChangeOf<'increment'>;
      const at = putKey(params, 0, model, key);
      for (let i = 0; i < fields.length; i++) params[at + i] = by[fields[i]];
      statement.run(params);
    };
  }

  private delete(shape: ChangeOf<'delete'>): Writer {
    const model = this.guard.keyed(shape.model, shape.key);
    const statement = this.db.prepare(`DELETE FROM ${quote(model.name)} WHERE ${model.key.map((field) => `${quote(field)} = ?`).join(' AND ')}`);
    const params = new Array<unknown>(model.key.length);
    return (change) => {
      putKey(params, 0, model, (change as ChangeOf<'delete'>).key);
      statement.run(params);
    };
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
    return setThenFilter(statement, fields, types);
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
    return setThenFilter(statement, constants, types);
  }
}
