/**
 * Runs asynchronous work one piece after the other, in the order given, whenever each is given: a caller need
 * not wait for the last piece before giving the next. A failure fails only its own piece.
 */
export class InOrder {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.last.then(work);
    this.last = result.catch(() => undefined);
    return result;
  }
}
