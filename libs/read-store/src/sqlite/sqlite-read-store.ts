import Database from 'better-sqlite3';
import { ModelGuard } from '../model-guard';
import { Change, Checkpoint, CheckpointMoved, Key, PageQuery, ReadDocument, ReadModelDefinition, ReadStore, Scalar } from '../read-store.port';

export interface SqliteReadStoreOptions {
  file: string;
  /** Read models can always be rebuilt from the log, so NORMAL (crash-safe, not power-loss-safe) is the default. */
  synchronous?: 'FULL' | 'NORMAL';
}

const SQL_TYPE = { text: 'TEXT', integer: 'INTEGER', real: 'REAL', json: 'TEXT' } as const;
const quote = (name: string) => `"${name}"`;
const columns = (names: string[]) => names.map(quote).join(', ');

/** Read models as SQLite tables, one per model, clustered by key; a batch and its checkpoint commit together. */
export class SqliteReadStore implements ReadStore {
  private readonly db: Database.Database;
  private readonly guard = new ModelGuard();
  private readonly statements = new Map<string, Database.Statement>();
  private readonly applyInTransaction;

  constructor(options: SqliteReadStoreOptions) {
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    this.db.pragma('busy_timeout = 10000');
    this.db.exec('CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL, updated_at TEXT NOT NULL)');
    this.applyInTransaction = this.db.transaction((changes: Change[], checkpoint: Checkpoint) => {
      const actual = this.storedCheckpoint(checkpoint.name);
      if (actual !== checkpoint.expected) throw new CheckpointMoved(checkpoint.name, checkpoint.expected, actual);
      for (const change of changes) this.write(change);
      this.statement('checkpoint:set', 'INSERT OR REPLACE INTO checkpoints (name, position, updated_at) VALUES (?, ?, ?)').run(
        checkpoint.name,
        checkpoint.position,
        new Date().toISOString(),
      );
    });
  }

  async register(models: ReadModelDefinition[]): Promise<void> {
    for (const model of models) {
      this.guard.add(model);
      const fields = Object.entries(model.fields).map(([field, type]) => `${quote(field)} ${SQL_TYPE[type]}`);
      this.db.exec(
        `CREATE TABLE IF NOT EXISTS ${quote(model.name)} (${fields.join(', ')}, PRIMARY KEY (${columns(model.key)})) WITHOUT ROWID`,
      );
      for (const index of model.indexes) {
        const indexed = [...index, ...model.key.filter((field) => !index.includes(field))];
        const name = `${model.name}__${index.join('_')}`;
        this.db.exec(`CREATE INDEX IF NOT EXISTS ${quote(name)} ON ${quote(model.name)} (${columns(indexed)})`);
      }
    }
  }

  async apply(changes: Change[], checkpoint: Checkpoint): Promise<void> {
    this.applyInTransaction.immediate(changes, checkpoint);
  }

  async checkpoint(name: string): Promise<number> {
    return this.storedCheckpoint(name);
  }

  async get(modelName: string, key: Key): Promise<ReadDocument | null> {
    const model = this.guard.keyed(modelName, key);
    const where = model.key.map((field) => `${quote(field)} = ?`).join(' AND ');
    const row = this.statement(`get:${model.name}`, `SELECT * FROM ${quote(model.name)} WHERE ${where}`).get(
      ...model.key.map((field) => key[field]),
    );
    return row ? this.toDocument(model, row as ReadDocument) : null;
  }

  async page(modelName: string, query: PageQuery): Promise<ReadDocument[]> {
    const model = this.guard.indexed(modelName, query.where);
    const { clauses, values } = this.filter(query.where);
    if (query.after) {
      this.guard.keyed(modelName, query.after);
      clauses.push(`(${columns(model.key)}) > (${model.key.map(() => '?').join(', ')})`);
      values.push(...model.key.map((field) => (query.after as Key)[field]));
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const sql = `SELECT * FROM ${quote(model.name)} ${where} ORDER BY ${columns(model.key)} LIMIT ?`;
    const rows = this.statement(sql, sql).all(...values, query.limit) as ReadDocument[];
    return rows.map((row) => this.toDocument(model, row));
  }

  async countBy(modelName: string, where: Key, field: string): Promise<Record<string, number>> {
    const model = this.guard.indexed(modelName, where);
    this.guard.declared(model, [field]);
    const { clauses, values } = this.filter(where);
    const filter = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const sql = `SELECT ${quote(field)} AS value, count(*) AS n FROM ${quote(model.name)} ${filter} GROUP BY ${quote(field)}`;
    const rows = this.statement(sql, sql).all(...values) as Array<{ value: Scalar; n: number }>;
    return Object.fromEntries(rows.map((row) => [String(row.value), row.n]));
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private storedCheckpoint(name: string): number {
    const row = this.statement('checkpoint:get', 'SELECT position FROM checkpoints WHERE name = ?').get(name) as { position: number } | undefined;
    return row?.position ?? 0;
  }

  private write(change: Change): void {
    if (change.op === 'update') return this.update(change.model, change.where, change.set);
    const model = this.guard.keyed(change.model, change.key);
    const keyValues = model.key.map((field) => change.key[field]);
    switch (change.op) {
      case 'upsert': {
        const fields = Object.keys(change.set);
        this.guard.declared(model, fields);
        const assignments = fields.map((field) => `${quote(field)} = excluded.${quote(field)}`);
        const statement = this.statement(
          `upsert:${model.name}:${fields.join(',')}`,
          `INSERT INTO ${quote(model.name)} (${columns([...model.key, ...fields])})
           VALUES (${[...model.key, ...fields].map(() => '?').join(', ')})
           ON CONFLICT (${columns(model.key)}) DO ${assignments.length ? `UPDATE SET ${assignments.join(', ')}` : 'NOTHING'}`,
        );
        statement.run(...keyValues, ...fields.map((field) => this.toColumn(model, field, change.set[field])));
        return;
      }
      case 'increment': {
        const fields = Object.keys(change.by);
        this.guard.declared(model, fields);
        const assignments = fields.map((field) => `${quote(field)} = coalesce(${quote(field)}, 0) + excluded.${quote(field)}`);
        const statement = this.statement(
          `increment:${model.name}:${fields.join(',')}`,
          `INSERT INTO ${quote(model.name)} (${columns([...model.key, ...fields])})
           VALUES (${[...model.key, ...fields].map(() => '?').join(', ')})
           ON CONFLICT (${columns(model.key)}) DO UPDATE SET ${assignments.join(', ')}`,
        );
        statement.run(...keyValues, ...fields.map((field) => change.by[field]));
        return;
      }
      case 'delete': {
        const where = model.key.map((field) => `${quote(field)} = ?`).join(' AND ');
        this.statement(`delete:${model.name}`, `DELETE FROM ${quote(model.name)} WHERE ${where}`).run(...keyValues);
        return;
      }
    }
  }

  private update(modelName: string, where: Key, set: ReadDocument): void {
    if (Object.keys(where).length === 0) throw new Error(`read model ${modelName}: an update needs a filter`);
    const model = this.guard.indexed(modelName, where);
    const fields = Object.keys(set);
    this.guard.declared(model, fields);
    const { clauses, values } = this.filter(where);
    const assignments = fields.map((field) => `${quote(field)} = ?`).join(', ');
    const sql = `UPDATE ${quote(model.name)} SET ${assignments} WHERE ${clauses.join(' AND ')}`;
    this.statement(sql, sql).run(...fields.map((field) => this.toColumn(model, field, set[field])), ...values);
  }

  private filter(where: Key): { clauses: string[]; values: Scalar[] } {
    const clauses: string[] = [];
    const values: Scalar[] = [];
    for (const [field, value] of Object.entries(where)) {
      if (value === null) {
        clauses.push(`${quote(field)} IS NULL`);
      } else {
        clauses.push(`${quote(field)} = ?`);
        values.push(value);
      }
    }
    return { clauses, values };
  }

  private toColumn(model: ReadModelDefinition, field: string, value: unknown): unknown {
    const type = model.fields[field];
    if (value === undefined || value === null) return null;
    return type === 'json' ? JSON.stringify(value) : value;
  }

  private toDocument(model: ReadModelDefinition, row: ReadDocument): ReadDocument {
    for (const [field, type] of Object.entries(model.fields)) {
      if (type === 'json' && typeof row[field] === 'string') row[field] = JSON.parse(row[field] as string);
    }
    return row;
  }

  private statement(cacheKey: string, sql: string): Database.Statement {
    let statement = this.statements.get(cacheKey);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(cacheKey, statement);
    }
    return statement;
  }
}
