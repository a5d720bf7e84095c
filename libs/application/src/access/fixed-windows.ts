/** A key's hits in its current window, and how long that window has left. */
export interface WindowCount {
  hits: number;
  msLeft: number;
}

/** Keys kept before windows that are over are swept: memory stays bounded by the keys active in one window. */
const SWEEP_ABOVE = 10_000;

/**
 * Hits per key in fixed windows of `windowMs`, each starting at its key's first hit: O(1) a hit, with no timer and
 * no list of hits (the throttler's own storage filters a list of every hit of the last minute on every request).
 */
export class FixedWindows {
  private readonly windows = new Map<string, { since: number; hits: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts a hit of `key`, answering its window's count with it. */
  hit(key: string): WindowCount {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.since >= this.windowMs) {
      if (!window && this.windows.size >= SWEEP_ABOVE) this.sweep(now);
      window = { since: now, hits: 0 };
      this.windows.set(key, window);
    }
    window.hits++;
    return { hits: window.hits, msLeft: window.since + this.windowMs - now };
  }

  /** `key`'s count in its current window, without a hit (0 once the window is over). */
  count(key: string): WindowCount {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.since >= this.windowMs) return { hits: 0, msLeft: 0 };
    return { hits: window.hits, msLeft: window.since + this.windowMs - now };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.since >= this.windowMs) this.windows.delete(key);
  }
}
