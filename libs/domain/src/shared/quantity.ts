/**
 * An exact decimal quantity with up to 6 fraction digits, held as a whole number of millionths so that sums are
 * exact (0.1 + 0.2 is 0.3). Quantities travel as JSON numbers, up to about 9 billion (2^53 millionths, the most
 * JavaScript counts exactly).
 */
export type Micros = number & { readonly __micros: unique symbol };

export const FRACTION_DIGITS = 6;
const SCALE = 10 ** FRACTION_DIGITS;

/** A JSON number as the decimal it was written as: digits, at most 6 after the point, no exponent left over. */
const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,6}))?$/;

/** Why `value` is not a quantity (null when it is one); `signed` allows negatives (adjustments). */
export function quantityProblem(value: unknown, signed = false): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
  if (!signed && value <= 0) return 'must be greater than 0';
  if (signed && value === 0) return 'must not be 0';
  const written = decimalText(value);
  if (written === null) return `must have at most ${FRACTION_DIGITS} digits after the decimal point`;
  if (!Number.isSafeInteger(toMicrosUnchecked(written))) return 'is larger than this service counts exactly (about 9 billion)';
  return null;
}

/** The quantity `value` (checked by `quantityProblem` first) in millionths. */
export function micros(value: number): Micros {
  const written = decimalText(value);
  if (written === null) throw new RangeError(`${value} is not a quantity`);
  return toMicrosUnchecked(written) as Micros;
}

/** Back to the JSON number it stands for (the shortest decimal: 0.3, not 0.30000000000000004). */
export const quantityOf = (amount: Micros): number => Number(microsText(amount));

export const sumMicros = (amounts: Iterable<Micros>): Micros => {
  let sum = 0;
  for (const amount of amounts) sum += amount;
  return sum as Micros;
};

export const ZERO = 0 as Micros;
export const plus = (a: Micros, b: Micros): Micros => (a + b) as Micros;
export const minus = (a: Micros, b: Micros): Micros => (a - b) as Micros;

/** `value` written in plain decimal, or null when it needs more than 6 fraction digits. */
function decimalText(value: number): string | null {
  // toFixed keeps 6 digits exactly; the number must read back as itself, or it had more.
  if (Math.abs(value) >= 1e21) return null;
  const fixed = value.toFixed(FRACTION_DIGITS);
  return Number(fixed) === value ? fixed : null;
}

function toMicrosUnchecked(text: string): number {
  const match = DECIMAL.exec(text);
  if (!match) return Number.NaN;
  const [, sign, whole, fraction = ''] = match;
  const amount = Number(whole) * SCALE + Number(fraction.padEnd(FRACTION_DIGITS, '0'));
  return sign ? -amount : amount;
}

function microsText(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  const whole = Math.floor(magnitude / SCALE);
  const fraction = String(magnitude % SCALE)
    .padStart(FRACTION_DIGITS, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
