import { Worker } from 'node:worker_threads';
import { Checkpoint, CheckpointMoved } from '../read-store.port';
import { join } from 'node:path';
import { SqlTarget } from './sql';
import { EXEC } from './writer-thread.worker';

/** The worker's module (JavaScript, type-checked): beside this file in the sources and in the build. */
const WORKER = join(__dirname, 'writer-thread.worker.js');

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
    const worker = new Worker(WORKER, { workerData: { file: this.file, pragmas: this.pragmas, driver: require.resolve('better-sqlite3') } });
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
