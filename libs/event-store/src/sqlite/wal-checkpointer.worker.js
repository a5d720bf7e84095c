// @ts-check
// The event store's checkpointer: a second connection to the file that copies the write-ahead log back into the
// database in a thread of its own, soon after each commit, so that no commit of the writer has to. Plain CommonJS
// JavaScript, type-checked through the JSDoc below, for the reason the read store's writer thread gives.
const { parentPort, workerData } = /** @type {typeof import('node:worker_threads')} */ (require('node:worker_threads'));
const { setTimeout, clearTimeout } = /** @type {typeof import('node:timers')} */ (require('node:timers'));

/** @typedef {{ file: string; synchronous: string; driver: string; delayMs: number }} Data */

function serve() {
  if (!parentPort) throw new Error('the checkpointer runs in a worker');
  const port = parentPort;
  /** @type {Data} */
  const data = /** @type {Data} */ (workerData);
  /** @type {typeof import('better-sqlite3')} */
  const Database = /** @type {typeof import('better-sqlite3')} */ (require(data.driver));
  const db = new Database(data.file);
  db.pragma(`synchronous = ${data.synchronous}`);
  /** @type {NodeJS.Timeout | undefined} */
  let due;
  // PASSIVE copies what no reader still needs and never waits for readers or the writer.
  const checkpoint = () => {
    due = undefined;
    db.pragma('wal_checkpoint(PASSIVE)');
  };
  port.on('message', (/** @type {'committed' | 'close'} */ message) => {
    if (message === 'close') {
      clearTimeout(due);
      db.close();
      port.close();
      return;
    }
    // Commits that come close together share one checkpoint.
    due ??= setTimeout(checkpoint, data.delayMs);
  });
}

serve();
