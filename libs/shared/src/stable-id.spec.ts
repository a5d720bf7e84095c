import { canonicalJson, stableUuid } from './stable-id';

describe('stable ids', () => {
  it('derives the same RFC 9562 v5 UUID from the same name, and another from another name', () => {
    const id = stableUuid('command-1:unit-a:0');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('command-1:unit-a:0')).toBe(id);
    expect(stableUuid('command-1:unit-a:1')).not.toBe(id);
  });

  it('serialises objects independently of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});
