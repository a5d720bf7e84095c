import { MongoError, MongoNetworkError, MongoServerError } from 'mongodb';
import { StoreUnavailable } from '../read-store.port';
import { isUnreachable, toPortError } from './errors';

describe('MongoDB error mapping', () => {
  it('reports a broken connection or a stepped-down primary as StoreUnavailable', () => {
    const steppedDown = new MongoServerError({ message: 'not primary', code: 10107 });
    steppedDown.addErrorLabel('RetryableWriteError');
    for (const lost of [new MongoNetworkError('connection refused'), steppedDown]) {
      expect(isUnreachable(lost)).toBe(true);
      expect(toPortError(lost)).toBeInstanceOf(StoreUnavailable);
    }
  });

  it('leaves every other error alone', () => {
    const duplicate = new MongoServerError({ message: 'E11000 duplicate key', code: 11000 });
    expect(toPortError(duplicate)).toBe(duplicate);
    const misuse = new MongoError('Batch cannot be empty');
    expect(isUnreachable(misuse)).toBe(false);
  });
});
