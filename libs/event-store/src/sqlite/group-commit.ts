import Database from 'better-sqlite3';
import { StoreUnavailable } from '@trace/shared';

/**
 * SQLite's own error, as the layers above need to see it: a full disk is "retry later", not a bug. Recognised by
 * its code: the native binding keeps the error class of the first copy of the module a process loaded.
 */
function storeError(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_FULL' ? new StoreUnavailable('event store', error, 'full') : error;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Pending {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the writes that arrive while the event loop is busy — concurrent commands — commit together in
 * one transaction, so one WAL sync makes all of them durable instead of one sync each. Each write runs in its
 * own savepoint, in arrival order, and succeeds or fails alone; none is answered before the commit, so an
 * answered write is as durable as the `synchronous` setting makes any commit.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private readonly inSavepoint;
  private readonly commitAll;

  constructor(
    private readonly db: Database.Database,
    private readonly onCommit: () => void,
  ) {
    // Called inside the group's transaction, a better-sqlite3 transaction function is a savepoint.
    this.inSavepoint = db.transaction((write: () => unknown) => write());
    this.commitAll = db.transaction((queue: Pending[]) => queue.map(({ write }) => this.attempt(write)));
  }

  /** Runs `write` in the next group and answers its result once the group has committed. */
  submit<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // The first write of a group waits until the I/O already received has been handled, then commits for all.
      if (this.queue.push({ write, resolve: resolve as (value: unknown) => void, reject }) === 1) setImmediate(() => this.commit());
    });
  }

  /** Commits what is queued now, e.g. before the database closes. */
  commit(): void {
    const queue = this.queue;
    if (queue.length === 0) return;
    this.queue = [];
    let outcomes: Outcome[];
    try {
      outcomes = this.commitAll.immediate(queue);
    } catch (error) {
      for (const pending of queue) pending.reject(storeError(error));
      return;
    }
    this.onCommit();
    outcomes.forEach((outcome, i) => (outcome.ok ? queue[i].resolve(outcome.value) : queue[i].reject(outcome.error)));
  }

  private attempt(write: () => unknown): Outcome {
    try {
      return { ok: true, value: this.inSavepoint(write) };
    } catch (error) {
      // SQLite rolled the whole transaction back (disk full, I/O error): nothing of the group may be answered.
      if (!this.db.inTransaction) throw error;
      return { ok: false, error: storeError(error) };
    }
  }
}
