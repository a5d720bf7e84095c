import { CancelledError, StreamNotFoundError, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { StoreUnavailable, WrongExpectedRevision } from '../event-store.port';
import { isConnectionLoss, toPortError, toWrongExpectedRevision } from './errors';

describe('EventStoreDB error mapping', () => {
  it('turns a wrong expected version into the port conflict, in port revisions', () => {
    const taken = new WrongExpectedVersionError(undefined, { streamName: 'unit-a', expected: 'no_stream', current: 4n });
    expect(toWrongExpectedRevision(taken, 'unit-a', 'no_stream')).toEqual(new WrongExpectedRevision('unit-a', 'no_stream', 4));
    const missing = new WrongExpectedVersionError(undefined, { streamName: 'unit-b', expected: 0n, current: 'no_stream' });
    expect(toWrongExpectedRevision(missing, 'unit-b', 0)).toMatchObject({ stream: 'unit-b', expected: 0, actual: 'no_stream' });
  });

  it('reports a lost connection as StoreUnavailable and leaves other errors alone', () => {
    // What an append to a server that is down rejects with: the raw gRPC error, not the client's class.
    const refused = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 /* gRPC UNAVAILABLE */ });
    for (const lost of [new UnavailableError(), new CancelledError(), refused, new Error('Failed to discover after 10 attempts.')]) {
      expect(isConnectionLoss(lost)).toBe(true);
      expect(toPortError(lost)).toBeInstanceOf(StoreUnavailable);
    }
    const notFound = new StreamNotFoundError(undefined, 'unit-a');
    expect(isConnectionLoss(notFound)).toBe(false);
    expect(toPortError(notFound)).toBe(notFound);
  });
});
