import { START } from '@eventstore/db-client';
import { fromCurrentRevision, logPosition, positionNumber, toExpectedRevision } from './positions';

describe('EventStoreDB positions and revisions', () => {
  it('uses the commit position as the port position, and back', () => {
    expect(positionNumber({ commit: 1_234n, prepare: 1_234n })).toBe(1_234);
    expect(logPosition(1_234)).toEqual({ commit: 1_234n, prepare: 1_234n });
    expect(logPosition(0)).toBe(START);
  });

  it('refuses positions a number cannot hold exactly, and events without one', () => {
    expect(positionNumber({ commit: 2n ** 53n - 1n, prepare: 0n })).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => positionNumber({ commit: 2n ** 53n, prepare: 0n })).toThrow(RangeError);
    // What servers before 22.6 send for events read from a stream: the largest unsigned 64-bit number.
    expect(() => positionNumber({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n })).toThrow(/22\.6/);
    expect(() => positionNumber(undefined)).toThrow(/22\.6/);
  });

  it('maps expected and current revisions', () => {
    expect(toExpectedRevision(3)).toBe(3n);
    expect(toExpectedRevision('no_stream')).toBe('no_stream');
    expect(toExpectedRevision('any')).toBe('any');
    expect(fromCurrentRevision(7n)).toBe(7);
    expect(fromCurrentRevision('no_stream')).toBe('no_stream');
  });
});
