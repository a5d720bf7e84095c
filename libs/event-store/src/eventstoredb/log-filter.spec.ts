import { STREAM_NAME } from '@eventstore/db-client';
import { followedStreams, isFollowed } from './log-filter';

describe('EventStoreDB log filter', () => {
  const prefixes = ['unit-', 'lot-'];

  it('asks the server for the domain stream prefixes, with a checkpoint every 1,024 events it looks at', () => {
    const reached = () => undefined;
    expect(followedStreams(prefixes, reached)).toEqual({ filterOn: STREAM_NAME, prefixes, checkpointInterval: 32, checkpointReached: reached });
  });

  it('refuses a filter that would let everything, or system streams, through', () => {
    expect(() => followedStreams([], () => undefined)).toThrow(/non-empty/);
    expect(() => followedStreams([''], () => undefined)).toThrow(/non-empty/);
    expect(() => followedStreams(['$ce-'], () => undefined)).toThrow(/system/);
  });

  it('applies the same rule to events read from $all', () => {
    expect(isFollowed(prefixes, { streamId: 'unit-P:S1', type: 'UnitMoved' })).toBe(true);
    expect(isFollowed(prefixes, { streamId: 'lot-L1', type: 'LotRegistered' })).toBe(true);
    expect(isFollowed(prefixes, { streamId: 'command-42', type: 'CommandStreams' })).toBe(false);
    expect(isFollowed(prefixes, { streamId: '$ce-unit', type: '$>' })).toBe(false);
    expect(isFollowed(prefixes, { streamId: 'unit-P:S1', type: '$metadata' })).toBe(false);
  });
});
