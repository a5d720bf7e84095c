import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerStorage } from '@nestjs/throttler';
import { principalOf } from '@trace/http';
import { Request } from 'express';
import { FixedWindows } from './fixed-windows';

/** Requests are counted per principal (per address for open routes), whatever the route, not per connection. */
@Injectable()
export class PrincipalThrottler extends ThrottlerGuard {
  protected override getTracker(request: Request): Promise<string> {
    return Promise.resolve(principalOf(request)?.name ?? `address:${request.socket.remoteAddress ?? 'unknown'}`);
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}:${tracker}`;
  }
}

/** The throttler's counts in fixed windows: constant work a request, however many it makes in a window. */
export class FixedWindowStorage implements ThrottlerStorage {
  private readonly byTtl = new Map<number, FixedWindows>();

  increment(key: string, ttl: number, limit: number): ReturnType<ThrottlerStorage['increment']> {
    let windows = this.byTtl.get(ttl);
    if (!windows) this.byTtl.set(ttl, (windows = new FixedWindows(ttl, () => performance.now())));
    const { hits, msLeft } = windows.hit(key);
    const seconds = Math.ceil(msLeft / 1000);
    const isBlocked = hits > limit;
    return Promise.resolve({ totalHits: hits, timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? seconds : 0 });
  }
}
