import { jsonMismatch, parseExpected, Pattern, textMismatch } from './answers';

const pattern = (annotation: string): Pattern => {
  const { json } = parseExpected(annotation, true);
  if (!json) throw new Error(`${annotation} is no JSON pattern`);
  return json;
};
const matches = (annotation: string, actual: unknown) => jsonMismatch(pattern(annotation), actual);

describe('the answers the docs write after their commands', () => {
  it('reads a status only in front of an HTTP answer', () => {
    expect(parseExpected('409 {"statusCode":409}', true).status).toBe(409);
    expect(parseExpected('3 events written to q1.csv', false)).toEqual({ text: '3 events written to q1.csv' });
    expect(parseExpected('404', true)).toEqual({ status: 404 });
  });

  it('holds written objects exactly, unless … says there is more', () => {
    expect(matches('{"lotId":"LOT-7","position":1}', { lotId: 'LOT-7', position: 1 })).toBeUndefined();
    expect(matches('{"lotId":"LOT-7","position":1}', { lotId: 'LOT-7', position: 2 })).toBe('$.position is 2, the page says 1');
    expect(matches('{"lotId":"LOT-7"}', { lotId: 'LOT-7', position: 1 })).toMatch(/^\$ also has position/);
    expect(matches('{"lotId":"LOT-7",…}', { lotId: 'LOT-7', position: 1 })).toBeUndefined();
    expect(matches('{…"location":"WH-B"}', { location: 'WH-B', revision: 1 })).toBeUndefined();
    expect(matches('{…,"location":"WH-B",…}', { revision: 1 })).toBe('$.location is missing');
    expect(matches('{"unit":…,"parents":[]}', { unit: { sku: 'A' }, parents: [] })).toBeUndefined();
  });

  it('holds arrays in order, with … standing for any items', () => {
    expect(matches('[1,2]', [1, 2])).toBeUndefined();
    expect(matches('[1,2]', [1, 2, 3])).toBe('$ has 3 items, the page writes 2');
    expect(matches('[…]', [])).toBeUndefined();
    expect(matches('[…,{"type":"UnitMoved",…},…]', [{ type: 'A' }, { type: 'UnitMoved', at: 1 }, { type: 'B' }])).toBeUndefined();
    expect(matches('[…,{"type":"UnitMoved",…},…]', [{ type: 'A' }])).toMatch(/does not hold the items/);
    expect(matches('[{"a":1},…]', [{ a: 2 }, { a: 1 }])).toMatch(/does not hold the items/);
  });

  it('takes … inside a string for any text', () => {
    expect(matches('{"nextCursor":"eyJza3Ui…"}', { nextCursor: 'eyJza3UiOiJQ' })).toBeUndefined();
    expect(matches('{"nextCursor":"eyJza3Ui…"}', { nextCursor: null })).toMatch(/nextCursor is null/);
  });

  it('leaves prose after the answer out, and refuses what it cannot read', () => {
    expect(matches('{"location":"WH-B"}: the late scan was not known yet', { location: 'WH-B' })).toBeUndefined();
    expect(() => pattern('{"items":[…50 units…]}')).toThrow(/expected/);
  });

  it('compares text with blanks collapsed and … for any text', () => {
    expect(textMismatch('a  b\n c', 'a b c\n')).toBeUndefined();
    expect(textMismatch('position … stream\n2 … unit-A', 'position recordedAt stream\n2 2026-12-07T03:37:20Z unit-A')).toBeUndefined();
    expect(textMismatch('events: 9', 'events: 9 (log head at position 9)')).toMatch(/the page says/);
    expect(textMismatch('…,container,…', 'sku,serial,container,state')).toBeUndefined();
  });
});
