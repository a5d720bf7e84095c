/**
 * GS1 keys: GTINs (8, 12, 13 or 14 digits) and SSCCs (18) end in a mod-10 check digit; weights 3 and 1
 * alternate leftwards from the digit next to it.
 */
export function gs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(digits[i]) * weight;
  return (10 - (sum % 10)) % 10;
}

/** Whether the last digit of an all-digit GS1 key is its check digit. */
export const hasValidCheckDigit = (key: string): boolean => /^\d{2,}$/.test(key) && gs1CheckDigit(key.slice(0, -1)) === Number(key[key.length - 1]);

const GTIN_LENGTHS = [8, 12, 13, 14];

/** Why `value` is not a GTIN (8, 12, 13 or 14 digits with a valid check digit), or null when it is one. */
export function gtinProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !GTIN_LENGTHS.includes(value.length)) {
    return 'must be a GTIN: 8, 12, 13 or 14 digits';
  }
  if (!hasValidCheckDigit(value)) return `has a wrong check digit (${value[value.length - 1]}; the digits before it give ${gs1CheckDigit(value.slice(0, -1))})`;
  return null;
}

/** A GTIN as stored and compared: 14 digits, padded with leading zeros (GTIN-8, -12 and -13 are the same number). */
export const gtin14 = (gtin: string): string => gtin.padStart(14, '0');

/** Why `value` is not an SSCC (18 digits with a valid check digit), or null when it is one. */
export function ssccProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{18}$/.test(value)) return 'must be an SSCC: 18 digits';
  if (!hasValidCheckDigit(value)) return `has a wrong check digit (${value[17]}; the digits before it give ${gs1CheckDigit(value.slice(0, 17))})`;
  return null;
}
