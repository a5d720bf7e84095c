import { hasValidCheckDigit } from '../shared/gs1';
import { identifierProblem } from '../shared/identifiers';

/** 18 digits: the shape of a GS1 SSCC. */
const SSCC = /^\d{18}$/;

/**
 * A container id is any identifier; one that looks like an SSCC must carry a valid check digit, so a
 * mistyped label is refused instead of creating a second container.
 */
export function containerIdProblem(value: unknown): string | null {
  const problem = identifierProblem(value);
  if (problem) return problem;
  const id = value as string;
  if (SSCC.test(id) && !hasValidCheckDigit(id)) return 'looks like an SSCC (18 digits) but its check digit is wrong';
  return null;
}
