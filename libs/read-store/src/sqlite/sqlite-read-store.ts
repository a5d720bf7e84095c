import Database from 'better-sqlite3';
import { ModelGuard } from '../model-guard';
import { Change, Checkpoint, CheckpointMoved, Key, PageQuery, ReadDocument, ReadModelDefinition, ReadStore, RegisterOptions, Scalar } from '../read-store.port';
import { ChangeWriters } from './change-writers';
import { coalesceChanges } from './coalesce-changes';
import { createIndexes } from './indexes';
import { equalities, pageStatement, quote, columns } from './sql';
import { WriterThread } from './writer-thread';

export interface SqliteReadStoreOptions {
  file: string;
  /** Read models can always be rebuilt from the log, so NORMAL (crash-safe, not power-loss-safe) is the default. */
  synchronous?: 'FULL' | 'NORMAL';
  /**
   * Commits batches on a second connection in a worker thread (a file, not ':memory:'), so that a caller with
   * the next batch to prepare (a replay) can do so while the last one commits.
   */
  writerThread?: boolean;
}

const SQL_TYPE = { text: 'TEXT', integer: 'INTEGER', real: 'REAL', json: 'TEXT' } as const;

/** Read models as SQLite tables, one per model, clustered by key; a batch and its checkpoint commit together. */
export class SqliteReadStore implements ReadStore {
  private readonly db: Database.Database;
  private readonly guard = new ModelGuard();
  private readonly statements = new Map<string, Database.Statement>();
  private readonly writers: ChangeWriters;
  /**
   * Tables this store knows to have no rows: found empty when registered, and nothing inserted since. A
   * filtered update of one changes nothing, so it is checked but not run: every move copies a unit's
   * whereabouts into the recall units, which stay empty until the first recall (a sixth of a replay's
   * statements). Only inserts recorded here end it: another writer inserting would have moved the checkpoint,
   * so the batch that skipped an update fails.
   */
  private readonly empty = new Set<string>();
  private readonly thread?: WriterThread;
  private readonly applyInTransaction;

  constructor(options: SqliteReadStoreOptions) {
    const pragmas = [
      'journal_mode = WAL',
      `synchronous = ${options.synchronous ?? 'NORMAL'}`,
      'busy_timeout = 10000',
      // SQLite's default cache is 2 MiB, a fraction of the pages one batch touches across a dozen tables and
      // indexes: pages were read back from the OS again and again. 64 MiB per connection fits the RSS budget.
      'cache_size = -65536',
    ];
    this.db = new Database(options.file);
    for (const pragma of pragmas) this.db.pragma(pragma);
    this.db.exec('CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL, updated_at TEXT NOT NULL)');
    if (options.writerThread) this.thread = new WriterThread(options.file, pragmas);
    this.writers = new ChangeWriters(this.thread ?? this.db, this.guard);
    this.applyInTransaction = this.db.transaction((changes: Change[], checkpoint: Checkpoint) => {
      const actual = this.storedCheckpoint(checkpoint.name);
      if (actual !== checkpoint.expected) throw new CheckpointMoved(checkpoint.name, checkpoint.expected, actual);
      this.writeAll(changes);
      this.statement('checkpoint:set', 'INSERT OR REPLACE INTO checkpoints (name, position, updated_at) VALUES (?, ?, ?)').run(
        checkpoint.name,
        checkpoint.position,
        new Date().toISOString(),
      );
    });
  }

  async register(models: ReadModelDefinition[], { deferIndexes = false }: RegisterOptions = {}): Promise<void> {
    // Writers are prepared from definitions: a model registered anew must not be written by the old ones.
    this.forgetWriters();
    for (const model of models) {
      this.guard.add(model);
      const fields = Object.entries(model.fields).map(([field, type]) => `${quote(field)} ${SQL_TYPE[type]}`);
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${quote(model.name)} (${fields.join(', ')}, PRIMARY KEY (${columns(model.key)})) WITHOUT ROWID`);
      this.addMissingColumns(model);
      if (!deferIndexes) createIndexes(this.db, model);
      if (this.db.prepare(`SELECT 1 FROM ${quote(model.name)} LIMIT 1`).get() === undefined) this.empty.add(model.name);
      else this.empty.delete(model.name);
    }
  }

  /**
   * A field added to a model since its table was created becomes a NULL column: rows written before it
   * existed had no such value. A field whose meaning changed needs a replay into a new generation instead.
   */
  private addMissingColumns(model: ReadModelDefinition): void {
    const existing = new Set((this.db.pragma(`table_info(${quote(model.name)})`) as Array<{ name: string }>).map((column) => column.name));
    for (const [field, type] of Object.entries(model.fields)) {
      if (!existing.has(field)) this.db.exec(`ALTER TABLE ${quote(model.name)} ADD COLUMN ${quote(field)} ${SQL_TYPE[type]}`);
    }
  }

  async apply(changes: Change[], checkpoint: Checkpoint): Promise<void> {
    try {
      if (this.thread) await this.thread.commit(checkpoint, () => this.writeAll(changes));
      else this.applyInTransaction.immediate(changes, checkpoint);
    } catch (error) {
      // Preparing a writer may have created an index in the batch's transaction, now rolled back with it.
      this.forgetWriters();
      throw error;
    }
  }

  private writeAll(changes: Change[]): void {
    for (const change of coalesceChanges(changes)) {
      if (change.op === 'update' && this.empty.has(change.model)) {
        this.writers.check(change);
        continue;
      }
      if (change.op !== 'update' && change.op !== 'delete') this.empty.delete(change.model);
      this.writers.write(change);
    }
  }

  private forgetWriters(): void {
    this.writers.clear();
    this.thread?.forget();
  }

  async checkpoint(name: string): Promise<number> {
    return this.storedCheckpoint(name);
  }

  async get(modelName: string, key: Key): Promise<ReadDocument | null> {
    const model = this.guard.keyed(modelName, key);
    const where = model.key.map((field) => `${quote(field)} = ?`).join(' AND ');
    const row = this.statement(`get:${model.name}`, `SELECT * FROM ${quote(model.name)} WHERE ${where}`).get(...model.key.map((field) => key[field]));
    return row ? this.toDocument(model, row as ReadDocument) : null;
  }

  async page(modelName: string, query: PageQuery): Promise<ReadDocument[]> {
    const model = this.guard.paged(modelName, query);
    const { sql, values } = pageStatement(model, query);
    const rows = this.statement(sql, sql).all(...values) as ReadDocument[];
    return rows.map((row) => this.toDocument(model, row));
  }

  /** How SQLite reads a page query (EXPLAIN QUERY PLAN, a line per step): tests check that a query neither scans nor sorts. */
  explain(modelName: string, query: PageQuery): string[] {
    const model = this.guard.paged(modelName, query);
    const { sql, values } = pageStatement(model, query);
    return (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as Array<{ detail: string }>).map((step) => step.detail);
  }

  async countBy(modelName: string, where: Key, field: string): Promise<Record<string, number>> {
    const model = this.guard.indexed(modelName, where);
    this.guard.declared(model, [field]);
    const { clauses, values } = equalities(where);
    const filter = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const sql = `SELECT ${quote(field)} AS value, count(*) AS n FROM ${quote(model.name)} ${filter} GROUP BY ${quote(field)}`;
    const rows = this.statement(sql, sql).all(...values) as Array<{ value: Scalar; n: number }>;
    return Object.fromEntries(rows.map((row) => [String(row.value), row.n]));
  }

  async countDistinct(modelName: string, where: Key, field: string): Promise<number> {
    const model = this.guard.indexed(modelName, where);
    this.guard.declared(model, [field]);
    const { clauses, values } = equalities(where);
    const filter = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const sql = `SELECT count(DISTINCT ${quote(field)}) AS n FROM ${quote(model.name)} ${filter}`;
    return (this.statement(sql, sql).get(...values) as { n: number }).n;
  }

  async drop(modelName: string): Promise<void> {
    this.guard.remove(modelName);
    this.empty.delete(modelName);
    this.forgetWriters();
    // Indexes go with the table; cached statements on it fail from now on, as queries on a dropped model should.
    this.db.exec(`DROP TABLE IF EXISTS ${quote(modelName)}`);
  }

  async close(): Promise<void> {
    await this.thread?.close();
    this.db.close();
  }

  private storedCheckpoint(name: string): number {
    const row = this.statement('checkpoint:get', 'SELECT position FROM checkpoints WHERE name = ?').get(name) as { position: number } | undefined;
    return row?.position ?? 0;
  }

  private toDocument(model: ReadModelDefinition, row: ReadDocument): ReadDocument {
    for (const [field, type] of Object.entries(model.fields)) {
      if (type === 'json' && typeof row[field] === 'string') row[field] = JSON.parse(row[field]);
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
