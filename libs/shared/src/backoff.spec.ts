import { backoffDelay, sleep } from './backoff';

describe('backoff', () => {
  it('doubles from the initial delay and stays under the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => backoffDelay(attempt, 100, 5_000))).toEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000]);
    expect(backoffDelay(1_000, 100, 5_000)).toBe(5_000);
    expect(backoffDelay(0)).toBe(0);
  });

  it('wakes a sleeper when aborted', async () => {
    const controller = new AbortController();
    const slept = sleep(60_000, controller.signal);
    controller.abort();
    await expect(slept).resolves.toBeUndefined();
  });
});
