/**
 * Lets the event loop run between two pages or batches. Embedded SQLite answers synchronously, so without it a
 * long scan would hold the loop: no Ctrl-C, no progress redraw, no HTTP request served in the same process.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
