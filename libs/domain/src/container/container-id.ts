import { identifierProblem } from '../shared/identifiers';

/** 18 digits: the shape of a GS1 SSCC, whose last digit is a mod-10 check digit. */
const SSCC = /^\d{18}$/;

/** GS1 check digit: weights 3 and 1 alternate leftwards from the digit next to the check digit. */
function gs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(digits[i]) * weight;
  return (10 - (sum % 10)) % 10;
}

/**
 * A container id is any identifier; one that looks like an SSCC must carry a valid check digit, so a
 * mistyped label is refused instead of creating a second container.
 */
export function containerIdProblem(value: unknown): string | null {
  const problem = identifierProblem(value);
  if (problem) return problem;
  const id = value as string;
  if (SSCC.test(id) && gs1CheckDigit(id.slice(0, 17)) !== Number(id[17])) return 'looks like an SSCC (18 digits) but its check digit is wrong';
  return null;
}
