import { Injectable } from '@nestjs/common';
import { principalOf } from '@trace/http';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Request } from 'express';

/** Requests are counted per principal (per address for open routes), not per connection. */
@Injectable()
export class PrincipalThrottler extends ThrottlerGuard {
  protected override getTracker(request: Request): Promise<string> {
    return Promise.resolve(principalOf(request)?.name ?? `address:${request.socket.remoteAddress ?? 'unknown'}`);
  }
}
