// @ts-check
// The read store's writer thread: a second connection to the file that commits the batches the main thread
// records. Plain CommonJS JavaScript, type-checked through the JSDoc below (`@ts-check`), so that Node runs it as it
// is from the sources (the tests) and from the build, where it is copied beside writer-thread.js.
const { isMainThread, parentPort, workerData } = /** @type {typeof import('node:worker_threads')} */ (require('node:worker_threads'));

/** In a batch's steps: DDL text follows, rather than the parameter count of a prepared statement. */
const EXEC = -1;

/**
 * @typedef {{ name: string; position: number; expected: number }} Checkpoint
 * @typedef {{ id: number; statements: string[]; steps: unknown[]; size: number; checkpoint: Checkpoint; at: string }} Batch
 * @typedef {{ close: true } | { forget: true } | Batch} Message
 * @typedef {{ file: string; pragmas: string[]; driver: string }} Data
 */

/** Commits each batch (statements prepared since the last one, the recorded steps, the checkpoint) in one immediate transaction. */
function serve() {
  if (!parentPort) throw new Error('the writer thread runs in a worker');
  const port = parentPort;
  /** @type {Data} */
  const data = /** @type {Data} */ (workerData);
  /** @type {typeof import('better-sqlite3')} */
  const Database = /** @type {typeof import('better-sqlite3')} */ (require(data.driver));
  const db = new Database(data.file);
  for (const pragma of data.pragmas) db.pragma(pragma);
  /** @type {string[]} */
  const sql = [];
  /** @type {import('better-sqlite3').Statement[]} */
  const statements = [];
  const stored = db.prepare('SELECT position FROM checkpoints WHERE name = ?').pluck();
  const store = db.prepare('INSERT OR REPLACE INTO checkpoints (name, position, updated_at) VALUES (?, ?, ?)');
  const commit = db.transaction(
    /** @param {Batch} batch */ ({ steps, size, checkpoint, at }) => {
      const actual = /** @type {number | undefined} */ (stored.get(checkpoint.name)) ?? 0;
      if (actual !== checkpoint.expected) return actual;
      for (let i = 0; i < size;) {
        const index = /** @type {number} */ (steps[i++]);
        if (index === EXEC) {
          db.exec(/** @type {string} */ (steps[i++]));
          continue;
        }
        /** @type {number} */
        const count = /** @type {number} */ (steps[i++]);
        (statements[index] ??= db.prepare(sql[index])).run(steps.slice(i, i + count));
        i += count;
      }
      store.run(checkpoint.name, checkpoint.position, at);
      return actual;
    },
  );
  port.on('message', (/** @type {Message} */ message) => {
    if ('close' in message) {
      db.close();
      port.close();
      return;
    }
    if ('forget' in message) {
      sql.length = 0;
      statements.length = 0;
      return;
    }
    sql.push(...message.statements);
    try {
      port.postMessage({ id: message.id, actual: commit.immediate(message) });
    } catch (error) {
      const failure = /** @type {{ message?: unknown; code?: unknown }} */ (error);
      port.postMessage({ id: message.id, error: { message: String(failure?.message), code: failure?.code } });
    }
  });
}

// Only as a worker's own entry: the module is also required (for EXEC) by code that may itself run in a worker
// thread (npm start's projector), which must not become a writer.
if (!isMainThread && require.main === module) serve();

module.exports = { EXEC };
