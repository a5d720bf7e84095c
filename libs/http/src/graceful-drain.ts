import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { RequestHandler } from 'express';
import { Server } from 'node:net';

/** No request in progress for this long: whatever clients sent before the stop has been read and answered. */
const QUIET_MS = 250;
/** Leaves room in the shutdown deadline for the followers and the stores to close. */
const LONGEST_DRAIN_MS = 6_000;

/**
 * Stopping without dropping requests. Node's `server.close()` (what Nest calls) destroys every connection with no
 * request in progress, including one whose request is already in the socket but not yet read while the event
 * loop was busy; closing the listening socket resets the connections still waiting to be accepted. Their clients
 * see a reset and cannot know the command was never run. So first every response says `Connection: close` and
 * the stop waits until no request has been in progress for QUIET_MS (connections waiting are accepted and
 * served meanwhile); then the listening socket alone is closed, and the stop waits for quiet once more (requests
 * still arriving on open connections), before Nest closes what is left.
 */
@Injectable()
export class GracefulDrain implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');
  private inProgress = 0;
  private draining = false;

  constructor(private readonly adapter: HttpAdapterHost) {}

  /** Counts requests in progress; registered first, so it sees every one. */
  readonly middleware: RequestHandler = (_request, response, next) => {
    this.inProgress++;
    if (this.draining) response.setHeader('Connection', 'close');
    let done = false;
    response.once('close', () => {
      if (!done) this.inProgress--;
      done = true;
    });
    next();
  };

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.adapter.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    this.draining = true;
    const deadline = Date.now() + LONGEST_DRAIN_MS;
    await this.quiet(deadline);
    Server.prototype.close.call(server);
    if (!(await this.quiet(deadline)))
      this.logger.warn(`${this.inProgress} requests still in progress after ${LONGEST_DRAIN_MS / 1000} s; closing their connections`);
  }

  /**
   * Waits until no request has been in progress for QUIET_MS; false when the deadline came first. Each look comes
   * right after the event loop polled for I/O: time spent blocked (a projector batch in this process) must not
   * count as quiet while connections wait, unread, to be accepted.
   */
  private async quiet(deadline: number): Promise<boolean> {
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setImmediate(resolve));
      if (this.inProgress > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= QUIET_MS) return true;
    }
    return false;
  }
}
