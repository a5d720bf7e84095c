import { InOrder } from './in-order';

describe('InOrder', () => {
  it('starts each piece once the one given before it settled, and fails only the piece that failed', async () => {
    const order = new InOrder();
    const seen: string[] = [];
    const slow = order.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen.push('slow');
      throw new Error('refused');
    });
    const fast = order.run(async () => {
      seen.push('fast');
      return 2;
    });
    await expect(slow).rejects.toThrow('refused');
    await expect(fast).resolves.toBe(2);
    expect(seen).toEqual(['slow', 'fast']);
  });
});
