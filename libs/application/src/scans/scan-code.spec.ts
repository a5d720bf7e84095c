import { InvalidInput } from '@trace/domain';
import fc from 'fast-check';
import { parseScanCode, ScanIdentity } from './scan-code';

const GS = '\u001d';
const pump = { kind: 'unit', gtin: '09506000134352', serial: 'SN-1' } as const;

/** The message a refused code gets: 400 naming `code`. */
function refusal(code: string): string {
  try {
    parseScanCode(code);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    const [problem] = (error as InvalidInput).problems;
    expect(problem.field).toBe('code');
    return problem.message;
  }
  throw new Error(`${JSON.stringify(code)} was accepted`);
}

describe('scan codes', () => {
  it.each<[string, string, ScanIdentity]>([
    ['human-readable element string', '(01)09506000134352(21)SN-1(10)L1(17)281231', { ...pump, lot: 'L1', expiry: '2028-12-31' }],
    [
      'GS1 DataMatrix as a scanner sends it (]d2, GS between variable fields)',
      `]d20109506000134352${'21SN-1'}${GS}10L1${GS}17281231`,
      { ...pump, lot: 'L1', expiry: '2028-12-31' },
    ],
    ['GS1 QR Code (]Q3), serial last', ']Q3011950600013435921SN-9', { kind: 'unit', gtin: '19506000134359', serial: 'SN-9' }],
    ["GS1-128 (]C1), expiry day 00 the month's last", `]C1010950600013435217281200${'10L1'}${GS}21SN-1`, { ...pump, lot: 'L1', expiry: '2028-12-31' }],
    [
      'code without the GS after a variable field: what follows is its data',
      ']C1010950600013435210L121SN-1',
      { kind: 'lot', gtin: '09506000134352', lot: 'L121SN-1' },
    ],
    ['a leading GS (FNC1 in first position), expiry day 00', `${GS}010950600013435217280200${'21SN-1'}`, { ...pump, expiry: '2028-02-29' }],
    ['code with a GS after the symbology identifier and after a fixed-length field', `]d2${GS}0109506000134352${GS}21SN-1`, pump],
    ['GTIN-13 written as 14 digits', '(01)04006381333931(21)A/B', { kind: 'unit', gtin: '04006381333931', serial: 'A/B' }],
    ['Digital Link on any host', 'https://example.com/01/09506000134352/21/SN-1?10=L1&17=281231', { ...pump, lot: 'L1', expiry: '2028-12-31' }],
    ['Digital Link on id.gs1.org, serial escaped', 'https://id.gs1.org/01/09506000134352/21/SN%2F1', { ...pump, serial: 'SN/1' }],
    [
      'Digital Link with a path before the key and the lot as a key qualifier',
      'https://brand.example/p/01/09506000134352/10/L1',
      { kind: 'lot', gtin: '09506000134352', lot: 'L1' },
    ],
    ['lot label with a count of items (30), for counting', '(01)09506000134352(10)L1(30)24', { kind: 'lot', gtin: '09506000134352', lot: 'L1', count: 24 }],
    ['Digital Link of a GTIN-13', 'https://example.com/01/4006381333931/21/X1', { kind: 'unit', gtin: '04006381333931', serial: 'X1' }],
    ['EPC URN of an SGTIN', 'urn:epc:id:sgtin:9506000.013435.SN-1', pump],
    ['EPC URN of an SGTIN, serial escaped, indicator 1', 'urn:epc:id:sgtin:9506000.113435.A%2FB', { kind: 'unit', gtin: '19506000134359', serial: 'A/B' }],
    ['EPC URN of an LGTIN class', 'urn:epc:class:lgtin:9506000.013435.L1', { kind: 'lot', gtin: '09506000134352', lot: 'L1' }],
    ['EPC URN of an SSCC', 'urn:epc:id:sscc:0614141.1123456789', { kind: 'container', sscc: '106141411234567897' }],
    ['SSCC element string', '(00)106141411234567897', { kind: 'container', sscc: '106141411234567897' }],
    ['SSCC on a GS1-128 label', ']C100106141411234567897', { kind: 'container', sscc: '106141411234567897' }],
    ['SSCC in a Digital Link', 'https://example.com/00/106141411234567897', { kind: 'container', sscc: '106141411234567897' }],
  ])('reads a %s', (_form, code, identity) => {
    expect(parseScanCode(code)).toEqual(identity);
  });

  it.each([
    ['(01)09506000134353(21)SN-1', /GTIN \(01\) that has a wrong check digit \(3; the digits before it give 2\)/],
    ['https://example.com/01/09506000134353/21/SN-1', /wrong check digit/],
    ['urn:epc:id:sgtin:9506000.01343.SN-1', /company prefix and item reference are not 13 digits/],
    ['(00)106141411234567890', /SSCC \(00\) that has a wrong check digit \(0; the digits before it give 7\)/],
    ['(01)0950600013435', /truncated fixed length element/],
    ['(01)09506000134352', /neither a serial \(21\) nor a lot \(10\)/],
    ['(21)SN-1', /without a GTIN \(01\) or an SSCC \(00\)/],
    ['(01)09506000134352(17)281331(21)SN-1', /expiry \(17\) with month 13/],
    ['(01)09506000134352(17)280230(21)SN-1', /expiry \(17\) with day 30/],
    ['(01)09506000134352(21)SN-1(23)X', /unrecognised AI/],
    ['https://example.com/01/095060001343/21/SN-1', /GTIN \(01\) that has a wrong check digit|Digital Link/],
    ['(01)09506000134352(10)', /lot \(10\) that must be 1-64 characters long/],
    ['(01)09506000134352(21)SN-1(21)SN-2', /repeats AI \(21\)/],
    ['(017)250630', /truncated fixed length element/],
    ['hello', /not a GS1 element string/],
    ['https://example.com/products/pump', /Digital Link/],
    ['https://example.com/01/09506000134352/21/SN-1?17=281232', /expiry \(17\) with day 32/],
    ['urn:epc:id:sgln:9506000.00001.0', /EPC URN this service reads/],
    ['urn:epc:id:sgtin:9506000.013435', /EPC URN without its serial/],
    ['urn:epc:id:sgtin:9506000.013435.%E0%A4%A', /malformed escape/],
    ['   ', /is empty/],
  ])('refuses %j naming what is wrong', (code, message) => {
    expect(refusal(code)).toMatch(message);
  });

  it('reads the same unit from its element string, its Digital Link and its EPC URN (property)', () => {
    const serial = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9\-./_:]{0,19}$/);
    const gtin = fc
      .tuple(fc.integer({ min: 0, max: 9 }), fc.stringMatching(/^\d{12}$/), fc.integer({ min: 6, max: 12 }))
      .map(([indicator, digits, prefixLength]) => ({ indicator: String(indicator), prefix: digits.slice(0, prefixLength), item: digits.slice(prefixLength) }));
    fc.assert(
      fc.property(gtin, serial, ({ indicator, prefix, item }, serialText) => {
        const epc = `urn:epc:id:sgtin:${prefix}.${indicator}${item}.${encodeURIComponent(serialText)}`;
        const fromEpc = parseScanCode(epc);
        if (fromEpc.kind !== 'unit') throw new Error('an SGTIN names a unit');
        const elementString = `]d201${fromEpc.gtin}21${serialText}`;
        const digitalLink = `https://example.com/01/${fromEpc.gtin}/21/${encodeURIComponent(serialText)}`;
        expect(fromEpc.gtin).toMatch(new RegExp(`^${indicator}${prefix}${item}\\d$`));
        expect(fromEpc.serial).toBe(serialText);
        expect(parseScanCode(elementString)).toEqual(fromEpc);
        expect(parseScanCode(digitalLink)).toEqual(fromEpc);
      }),
      { numRuns: 300 },
    );
  });
});
