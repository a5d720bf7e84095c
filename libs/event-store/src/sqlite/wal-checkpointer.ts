import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** The worker's module (JavaScript, type-checked): beside this file in the sources and in the build. */
const WORKER = join(__dirname, 'wal-checkpointer.worker.js');
/** How long after a commit the log is copied back: commits that come meanwhile share the checkpoint. */
const DELAY_MS = 20;
/** SQLite's own default: what the writer does again if the thread is gone. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * Checkpoints the event store's write-ahead log in a worker thread, on a connection of its own. SQLite's default
 * has the committing connection copy the log into the database once it passes 1,000 pages: a commit that crosses
 * it (one in every few captured EPCIS documents) did the copy and its sync, about 40 % of the commit's time.
 * Started by the first commit, so a store that is only read never starts it.
 */
export class WalCheckpointer {
  private worker?: Worker;
  private closing = false;

  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
    private readonly synchronous: string,
  ) {}

  committed(): void {
    if (this.closing) return;
    this.started().postMessage('committed');
  }

  /** Stops the thread; the writer's connection, closed last, checkpoints what is left. */
  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    if (!worker) return;
    const exited = once(worker, 'exit');
    // Waited for: an unreferenced thread would let a process with nothing else to do exit in the middle of `close`.
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER, {
      workerData: { file: this.file, synchronous: this.synchronous, driver: require.resolve('better-sqlite3'), delayMs: DELAY_MS },
    });
    this.db.pragma('wal_autocheckpoint = 0');
    // A thread that fails leaves the checkpoints to the writer again, as SQLite has it by default: the log never grows unchecked.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (!this.closing) this.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    });
    // The thread never keeps the process alive: a process that exits without closing the store leaves the log to the next opener.
    worker.unref();
    return (this.worker = worker);
  }
}
