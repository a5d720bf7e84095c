import { mapLimited } from './map-limited';

describe('mapLimited', () => {
  it('keeps the order of the input and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited([5, 1, 4, 2, 3], 2, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('maps nothing to nothing', async () => {
    expect(await mapLimited([], 4, async () => 1)).toEqual([]);
  });
});
