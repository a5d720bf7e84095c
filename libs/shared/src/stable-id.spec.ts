import { canonicalJson, clusteredUuids, stableUuid } from './stable-id';

describe('stable ids', () => {
  it('derives the same RFC 9562 v5 UUID from the same name, and another from another name', () => {
    const id = stableUuid('command-1:unit-a:0');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('command-1:unit-a:0')).toBe(id);
    expect(stableUuid('command-1:unit-a:1')).not.toBe(id);
  });

  it('never changes an id it gave: stored events are recognised by them when a command is retried', () => {
    expect(stableUuid('command-1:unit-a:0')).toBe('2510b0bf-77cb-5e70-95ca-6effe6986120');
    // A long name after a short one, and a short one after it: the reused buffer holds nothing of the one before.
    expect(stableUuid(`épicerie:日本:${'x'.repeat(2000)}`)).toBe('463abc13-b37a-5a5f-b5cd-bedcce6013e7');
    expect(stableUuid('short')).toBe('3300f537-6d5a-597e-8dc9-56f9845eb09d');
  });

  it('gives the ids of one cluster its first 48 bits, and each name its own rest, always the same', () => {
    const capture = clusteredUuids('epcis-capture:a');
    const ids = Array.from({ length: 1000 }, (_, index) => capture(`event-${index}:0`));
    expect(new Set(ids).size).toBe(1000);
    expect(new Set(ids.map((id) => id.slice(0, 13))).size).toBe(1);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(clusteredUuids('epcis-capture:a')('event-7:0')).toBe(ids[7]);
    expect(clusteredUuids('epcis-capture:b')('event-7:0').slice(0, 13)).not.toBe(ids[7].slice(0, 13));
    // Pinned: a capture retried with its Idempotency-Key finds its commands by these ids.
    expect(ids[0]).toBe('9127ec44-2250-5c9f-b618-ad86771423f4');
  });

  it('serialises objects independently of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});
