/** How many times a write is decided again when other writers keep appending between its read and its append. */
export const MAX_ATTEMPTS = 5;

/**
 * The one retry loop of optimistic concurrency. `attempt` reads, decides and appends `items` (round 1 first), and
 * answers those another writer changed meanwhile; they are tried again, up to MAX_ATTEMPTS rounds in all, then
 * `exhausted` says what to throw.
 */
export async function retryingConflicts<Item>(
  items: Item[],
  attempt: (items: Item[], round: number) => Promise<Item[]>,
  exhausted: (left: Item[]) => Error,
): Promise<void> {
  let left = items;
  for (let round = 1; left.length > 0; round++) {
    if (round > MAX_ATTEMPTS) throw exhausted(left);
    left = await attempt(left, round);
  }
}
