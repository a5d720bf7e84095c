/** The read models have not reached a log position a reader asked to see (X-Min-Position) within the wait allowed. */
export class ReadModelsBehind extends Error {
  constructor(readonly position: number) {
    super(`read models have not reached position ${position} yet`);
    this.name = 'ReadModelsBehind';
  }
}
