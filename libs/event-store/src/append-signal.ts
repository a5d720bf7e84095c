/** Wakes in-process subscribers when this process appended; other processes' appends are found by polling. */
export class AppendSignal {
  private waiters = new Set<() => void>();
  /** Bumped on every notify, so a waiter that read before an append does not sleep through it. */
  version = 0;

  notify(): void {
    this.version++;
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Resolves once `version` moved past `seen`, after `timeoutMs`, or when `signal` aborts. */
  wait(seen: number, signal: AbortSignal, timeoutMs: number): Promise<void> {
    if (signal.aborted || this.version !== seen) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
  }
}
