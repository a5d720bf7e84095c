import { gs1CheckDigit, gtin14, gtinProblem, ssccProblem } from './gs1';

describe('GS1 keys', () => {
  it.each([
    ['09506000134352', 'GTIN-14 of the GS1 examples'],
    ['4006381333931', 'GTIN-13 (EAN-13)'],
    ['036000291452', 'GTIN-12 (UPC-A)'],
    ['96385074', 'GTIN-8 (EAN-8)'],
  ])('accepts %s, a %s', (gtin) => {
    expect(gtinProblem(gtin)).toBeNull();
  });

  it('names the wrong check digit and the one the digits give', () => {
    expect(gtinProblem('09506000134353')).toBe('has a wrong check digit (3; the digits before it give 2)');
    expect(gtinProblem('4006381333932')).toMatch(/wrong check digit/);
  });

  it.each([['123'], ['0950600013'], ['095060001343521'], ['0950600013435A'], [''], [' 09506000134352'], [9506000134352], [null]])(
    'refuses %p as no GTIN at all',
    (value) => {
      expect(gtinProblem(value)).toBe('must be a GTIN: 8, 12, 13 or 14 digits');
    },
  );

  it('stores every GTIN as 14 digits', () => {
    expect(gtin14('96385074')).toBe('00000096385074');
    expect(gtin14('036000291452')).toBe('00036000291452');
    expect(gtin14('4006381333931')).toBe('04006381333931');
    expect(gtin14('09506000134352')).toBe('09506000134352');
  });

  it('checks SSCCs the same way', () => {
    expect(gs1CheckDigit('10614141123456789')).toBe(7);
    expect(ssccProblem('106141411234567897')).toBeNull();
    expect(ssccProblem('106141411234567890')).toMatch(/wrong check digit \(0; the digits before it give 7\)/);
    expect(ssccProblem('1061414112345678')).toBe('must be an SSCC: 18 digits');
  });
});
