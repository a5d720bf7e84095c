import { droppedFields } from './validation';
import { depthExceeds } from './request-body';

describe('whole-request validation', () => {
  it('finds fields that did not reach the built object, at any depth', () => {
    const sent = { to: 'WH-B', toString: 1, items: [{ sku: 'P', valueOf: 2 }], range: { start: 1, hasOwnProperty: 3 } };
    const built = { to: 'WH-B', items: [{ sku: 'P' }], range: { start: 1 } };
    expect(droppedFields(sent, built)).toEqual([
      { field: 'toString', message: 'property toString should not exist' },
      { field: 'items[0].valueOf', message: 'property valueOf should not exist' },
      { field: 'range.hasOwnProperty', message: 'property hasOwnProperty should not exist' },
    ]);
  });

  it('finds nothing when everything arrived, whatever the values became', () => {
    expect(droppedFields({ limit: '5', serials: ['a', 'b'] }, { limit: 5, serials: ['a', 'b'] })).toEqual([]);
  });
});

describe('body depth', () => {
  const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: [nested(depth - 1)] });

  it('measures depth without recursion, so hostile nesting cannot overflow the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(depthExceeds(deep, 32)).toBe(true);
  });

  it('accepts up to the limit', () => {
    expect(depthExceeds(nested(16), 32)).toBe(false);
    expect(depthExceeds(nested(17), 32)).toBe(true);
    expect(depthExceeds({}, 0)).toBe(false);
    expect(depthExceeds('text', 0)).toBe(false);
  });

  it('counts a plain value as a level below the object or array holding it', () => {
    expect(depthExceeds({ a: 1 }, 0)).toBe(true);
    expect(depthExceeds({ a: 1 }, 1)).toBe(false);
    expect(depthExceeds([[], { b: ['x'] }], 2)).toBe(true);
    expect(depthExceeds([[], { b: ['x'] }], 3)).toBe(false);
  });
});
