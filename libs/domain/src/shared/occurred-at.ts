import { InvalidInput } from './errors';
import { INSTANT_RULE, instantMs, storedInstantMs } from './instant';

/**
 * When a fact happened in the world (a scan time), as opposed to when it was recorded.
 * Past times are accepted (scanners sync late); future times only within the allowed clock skew.
 */
export function resolveOccurredAt(given: string | undefined, now: Date, maxSkewMs: number, field = 'occurredAt'): string {
  if (given === undefined) return now.toISOString();
  const stored = storedInstantMs(given);
  const time = stored ?? instantMs(given);
  if (time === null) throw InvalidInput.field(field, INSTANT_RULE);
  if (time > now.getTime() + maxSkewMs) {
    throw InvalidInput.field(field, `must not be in the future (more than ${Math.round(maxSkewMs / 1000)} s ahead of the server clock)`);
  }
  // A time already in the stored form is kept as given (two commands of a captured EPCIS event resolve the same one).
  return stored === null ? new Date(time).toISOString() : given;
}
