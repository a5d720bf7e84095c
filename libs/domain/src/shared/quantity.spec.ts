import { micros, minus, plus, quantityOf, quantityProblem, sumMicros } from './quantity';

describe('quantities: exact decimals with up to 6 fraction digits', () => {
  it('adds exactly: 0.1 + 0.2 is 0.3', () => {
    expect(quantityOf(plus(micros(0.1), micros(0.2)))).toBe(0.3);
    expect(quantityOf(sumMicros([0.1, 0.1, 0.1].map(micros)))).toBe(0.3);
    expect(quantityOf(minus(micros(1), micros(0.000001)))).toBe(0.999999);
    expect(quantityOf(minus(micros(2.5), micros(4)))).toBe(-1.5);
  });

  it.each([
    [0.000001, null],
    [1234.5, null],
    [9000000000.5, null],
    [0.0000001, 'must have at most 6 digits after the decimal point'],
    [1.1234567, 'must have at most 6 digits after the decimal point'],
    [0, 'must be greater than 0'],
    [-1, 'must be greater than 0'],
    [Number.NaN, 'must be a number'],
    ['1', 'must be a number'],
    [1e21, 'must have at most 6 digits after the decimal point'],
    [9007199255, 'is larger than this service counts exactly (about 9 billion)'],
  ])('judges %p: %p', (value, problem) => {
    expect(quantityProblem(value)).toBe(problem);
  });

  it('takes signed quantities where a change may go either way, never 0', () => {
    expect(quantityProblem(-2.5, true)).toBeNull();
    expect(quantityProblem(0, true)).toBe('must not be 0');
  });
});
