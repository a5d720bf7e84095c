import { FixedWindows } from './fixed-windows';

/**
 * Failed authentications per address over a minute, so that guessing keys is throttled far harder than work: past
 * the bound an address is answered 429 until its minute is over.
 */
export class FailedAuthentications {
  private readonly windows: FixedWindows;

  constructor(
    private readonly perMinute: number,
    now: () => number,
  ) {
    this.windows = new FixedWindows(60_000, now);
  }

  /** Seconds until the address may try again; 0 when it may now. */
  retryAfter(address: string): number {
    const { hits, msLeft } = this.windows.count(address);
    return hits < this.perMinute ? 0 : Math.ceil(msLeft / 1000);
  }

  failed(address: string): void {
    this.windows.hit(address);
  }
}
