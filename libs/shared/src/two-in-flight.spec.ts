import { TwoInFlight } from './two-in-flight';

const later = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('TwoInFlight', () => {
  it('waits for the write before the one given, not for the one given', async () => {
    const flight = new TwoInFlight();
    const first = later<void>();
    await flight.give(first.promise);
    let second = false;
    const giving = flight.give(Promise.resolve()).then(() => (second = true));
    await Promise.resolve();
    expect(second).toBe(false);
    first.resolve();
    await giving;
    expect(second).toBe(true);
    await flight.drained();
  });

  it('surfaces a failure with the next give, or when drained', async () => {
    const flight = new TwoInFlight();
    const failing = later<void>();
    await flight.give(failing.promise);
    failing.reject(new Error('refused'));
    await expect(flight.give(Promise.resolve())).rejects.toThrow('refused');
    const last = new TwoInFlight();
    await last.give(Promise.reject(new Error('last refused')));
    await expect(last.drained()).rejects.toThrow('last refused');
  });
});
