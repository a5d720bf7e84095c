import { FailedAuthentications } from './failed-authentications';
import { FixedWindows } from './fixed-windows';
import { FixedWindowStorage } from './principal-throttler';

describe('fixed windows', () => {
  let now = 0;
  const windows = () => new FixedWindows(60_000, () => now);

  beforeEach(() => (now = 1_000_000));

  it('counts a key’s hits in the window its first hit opened, and starts over once it is over', () => {
    const counts = windows();
    expect(counts.hit('a')).toEqual({ hits: 1, msLeft: 60_000 });
    now += 59_000;
    expect(counts.hit('a')).toEqual({ hits: 2, msLeft: 1_000 });
    expect(counts.count('b')).toEqual({ hits: 0, msLeft: 0 });
    now += 1_000;
    expect(counts.count('a')).toEqual({ hits: 0, msLeft: 0 });
    expect(counts.hit('a')).toEqual({ hits: 1, msLeft: 60_000 });
  });

  it('keeps memory bounded: windows that are over go once many keys are kept', () => {
    const counts = windows();
    for (let i = 0; i < 10_000; i++) counts.hit(`old-${i}`);
    now += 60_000;
    counts.hit('new');
    expect((counts as unknown as { windows: Map<string, unknown> }).windows.size).toBe(1);
  });

  it('refuses an address past its failed authentications until its minute is over', () => {
    const failures = new FailedAuthentications(3, () => now);
    for (let i = 0; i < 2; i++) failures.failed('10.0.0.1');
    expect(failures.retryAfter('10.0.0.1')).toBe(0);
    failures.failed('10.0.0.1');
    expect(failures.retryAfter('10.0.0.1')).toBe(60);
    expect(failures.retryAfter('10.0.0.2')).toBe(0);
    now += 30_500;
    expect(failures.retryAfter('10.0.0.1')).toBe(30);
    now += 29_500;
    expect(failures.retryAfter('10.0.0.1')).toBe(0);
  });

  it('tells the throttler a principal is blocked past the limit, with the seconds its window has left', async () => {
    const storage = new FixedWindowStorage();
    for (let i = 1; i <= 3; i++) expect(await storage.increment('default:scanner-7', 60_000, 3)).toMatchObject({ totalHits: i, isBlocked: false });
    expect(await storage.increment('default:scanner-7', 60_000, 3)).toEqual({
      totalHits: 4,
      timeToExpire: 60,
      isBlocked: true,
      timeToBlockExpire: 60,
    });
    expect(await storage.increment('default:desk-2', 60_000, 3)).toMatchObject({ totalHits: 1, isBlocked: false });
  });
});
