import { containerStream, DOMAIN_STREAM_PREFIXES, identifierProblem, lotStream, recallStream, unitStream } from './identifiers';

describe('identifiers', () => {
  it.each(['A', 'SN 0001', 'ÄÖÜ-12', '(21)ABC/12', 'x'.repeat(64)])('accepts %p', (value) => {
    expect(identifierProblem(value)).toBeNull();
  });

  it.each(['', ' lead', 'trail ', 'tab\there', 'x'.repeat(65), 'nul\u0000'])('refuses %p', (value) => {
    expect(identifierProblem(value)).not.toBeNull();
  });

  it('encodes stream names so that separators in ids cannot collide', () => {
    expect(unitStream({ sku: 'A:B', serial: 'C' })).not.toBe(unitStream({ sku: 'A', serial: 'B:C' }));
    expect(unitStream({ sku: 'PUMP 1', serial: 'SN/1' })).toBe('unit-PUMP%201:SN%2F1');
    expect(lotStream('L-1/2')).toBe('lot-L-1%2F2');
  });

  it('names every stream with one of the domain prefixes', () => {
    for (const stream of [unitStream({ sku: 'P', serial: 'S' }), lotStream('L'), recallStream('R'), containerStream('C')]) {
      expect(DOMAIN_STREAM_PREFIXES.some((prefix) => stream.startsWith(prefix))).toBe(true);
    }
  });
});
