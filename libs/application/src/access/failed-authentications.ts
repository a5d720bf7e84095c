/**
 * Failed authentications per address over the last minute, so that guessing keys is throttled far harder than
 * work: past the bound an address is answered 429 until its minute is over.
 */
export class FailedAuthentications {
  private readonly windows = new Map<string, { since: number; failures: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** Seconds until the address may try again; 0 when it may now. */
  retryAfter(address: string): number {
    const window = this.windows.get(address);
    if (!window || this.now() - window.since >= 60_000 || window.failures < this.perMinute) return 0;
    return Math.ceil((window.since + 60_000 - this.now()) / 1000);
  }

  failed(address: string): void {
    const now = this.now();
    const window = this.windows.get(address);
    if (!window || now - window.since >= 60_000) {
      // Bounded memory whatever the number of addresses: old windows go when the map grows large.
      if (this.windows.size >= 10_000) for (const [key, old] of this.windows) if (now - old.since >= 60_000) this.windows.delete(key);
      this.windows.set(address, { since: now, failures: 1 });
    } else window.failures++;
  }
}
