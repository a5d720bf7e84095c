import { Worker } from 'node:worker_threads';
import { Checkpoint, CheckpointMoved } from '../read-store.port';
import { SqlTarget } from './sql';

/** In a batch's steps: DDL text follows, rather than the parameter count of a prepared statement. */
const EXEC = -1;

/**
 * The worker's code: plain JavaScript that imports nothing of ours, so it runs the same from the build and from
 * the tests. Each message is a batch: statements prepared since the last one, the recorded steps and the
 * checkpoint, committed in one immediate transaction, as the main connection would.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
for (const pragma of workerData.pragmas) db.pragma(pragma);
const sql = [];
const statements = [];
const stored = db.prepare('SELECT position FROM checkpoints WHERE name = ?').pluck();
const store = db.prepare('INSERT OR REPLACE INTO checkpoints (name, position, updated_at) VALUES (?, ?, ?)');
const commit = db.transaction(({ steps, size, checkpoint, at }) => {
  const actual = stored.get(checkpoint.name) ?? 0;
  if (actual !== checkpoint.expected) return actual;
  for (let i = 0; i < size; ) {
    const index = steps[i++];
    const count = steps[i++];
    if (index === ${EXEC}) {
      db.exec(count);
      continue;
    }
    (statements[index] ??= db.prepare(sql[index])).run(steps.slice(i, i + count));
    i += count;
  }
  store.run(checkpoint.name, checkpoint.position, at);
  return actual;
});
parentPort.on('message', (message) => {
  if (message.close) {
    db.close();
    parentPort.close();
    return;
  }
  if (message.forget) {
    sql.length = 0;
    statements.length = 0;
    return;
  }
  sql.push(...message.statements);
  try {
    parentPort.postMessage({ id: message.id, actual: commit.immediate(message) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

interface Reply {
  id: number;
  actual?: number;
  error?: { message: string; code?: string };
}

/**
 * A second connection to the read store's file, in a worker thread, that commits the batches the main thread
 * records: while SQLite executes one batch, the main thread can read and project the next (SQLite's part is
 * about half of a replay's time). A batch crosses as one flat array of scalars, which the structured clone
 * copies about six times faster than the change objects it was recorded from.
 */
export class WriterThread implements SqlTarget {
  /** Started with the first batch: a store that is only read (most CLI commands) never needs it. */
  private worker?: Worker;
  private readonly pending = new Map<number, { resolve(actual: number): void; reject(error: Error): void }>();
  private unsent: string[] = [];
  private prepared = 0;
  /**
   * The batch being recorded is the first `recorded` entries: the array is kept from batch to batch and written
   * over, because growing a new one for every batch of 100,000 values made an eighth of a replay's garbage.
   */
  private steps: unknown[] = [];
  private recorded = 0;
  private nextId = 0;
  /** Why the thread is gone, once it is: batches given after that fail at once. */
  private gone?: Error;

  constructor(
    private readonly file: string,
    private readonly pragmas: string[],
  ) {}

  prepare(sql: string): { run(params: unknown[]): void } {
    const index = this.prepared++;
    this.unsent.push(sql);
    return {
      run: (params) => {
        this.put(index);
        this.put(params.length);
        for (const param of params) this.put(param);
      },
    };
  }

  exec(sql: string): void {
    this.put(EXEC);
    this.put(sql);
  }

  private put(value: unknown): void {
    this.steps[this.recorded++] = value;
  }

  /**
   * Records the steps `write` takes and commits them with the checkpoint; nothing is sent when `write` throws.
   * Batches commit in the order they are given.
   */
  commit(checkpoint: Checkpoint, write: () => void): Promise<void> {
    try {
      write();
    } catch (error) {
      this.recorded = 0;
      throw error;
    }
    if (this.gone) return Promise.reject(this.gone);
    const id = this.nextId++;
    const size = this.recorded;
    // The entries past `size` are sent too (and ignored): after a large batch, small ones would carry its tail on.
    if (this.steps.length > 2 * size + 1024) this.steps.length = size;
    const batch = { id, statements: this.unsent, steps: this.steps, size, checkpoint, at: new Date().toISOString() };
    this.unsent = [];
    this.recorded = 0;
    const committed = new Promise<number>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    const worker = this.started();
    worker.ref();
    worker.postMessage(batch);
    return committed.then((actual) => {
      if (actual !== checkpoint.expected) throw new CheckpointMoved(checkpoint.name, checkpoint.expected, actual);
    });
  }

  /** Drops the prepared statements, e.g. once the writers that use them were forgotten. */
  forget(): void {
    this.unsent = [];
    this.prepared = 0;
    this.worker?.postMessage({ forget: true });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker || this.gone) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.ref();
    worker.postMessage({ close: true });
    await exited;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.file, pragmas: this.pragmas, driver: require.resolve('better-sqlite3') } });
    worker.on('message', (reply: Reply) => this.settle(reply));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      this.gone = new Error(`the read store's writer thread exited (code ${code})`);
      this.failAll(this.gone);
    });
    // Only a batch in flight keeps the process alive, as a synchronous write would.
    worker.unref();
    return (this.worker = worker);
  }

  private settle({ id, actual, error }: Reply): void {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
    if (error) waiting?.reject(Object.assign(new Error(error.message), { code: error.code }));
    else waiting?.resolve(actual ?? 0);
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
