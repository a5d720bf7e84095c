import { DomainError } from '@trace/domain';
import { parseScanCode, ScanIdentity } from '../scans/scan-code';

/** Reads an identifier as the GS1 element it names (parseScanCode, or the same answers remembered). */
export type ParseCode = (code: string) => ScanIdentity;

/**
 * parseScanCode that answers a code it has read before from memory, refusals included: a captured event's
 * identifiers are read for its intents and again for the keys it is queried by, and parsing is the dear part.
 * One memo serves one event: it holds that event's identifiers only.
 */
export function scanCodeMemo(): ParseCode {
  const read = new Map<string, ScanIdentity | DomainError>();
  return (code) => {
    let found = read.get(code);
    if (found === undefined) {
      try {
        found = parseScanCode(code);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        found = error;
      }
      read.set(code, found);
    }
    if (found instanceof DomainError) throw found;
    return found;
  };
}
