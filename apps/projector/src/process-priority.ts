import { setPriority } from 'node:os';

/**
 * Lowers this process's CPU priority to `nice` (PROJECTOR_NICE). Set before any thread of ours starts, so the read
 * store's writer thread, which inherits it, yields too. A platform that refuses runs the process as it was, and says so.
 */
export function lowerPriority(nice: number, warn: (message: string) => void): void {
  if (nice === 0) return;
  try {
    setPriority(nice);
  } catch (error) {
    warn(`PROJECTOR_NICE=${nice} could not be applied (${(error as Error).message}): the projector runs at its usual priority`);
  }
}
