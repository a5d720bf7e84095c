/**
 * Overlaps preparing the next write with the last one running, never more than two at a time: the caller gives
 * each write as soon as it is ready and waits only for the one before it. A failure surfaces where it is
 * awaited (with the next `give`, or `drained`), and is never reported as unhandled meanwhile.
 */
export class TwoInFlight {
  private last: Promise<unknown> = Promise.resolve();

  async give(write: Promise<unknown>): Promise<void> {
    const previous = this.last;
    this.last = write;
    write.catch(() => undefined);
    await previous;
  }

  /** Settles with the last write given. */
  async drained(): Promise<void> {
    await this.last;
  }
}
