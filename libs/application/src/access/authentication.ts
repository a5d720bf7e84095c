import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@trace/config';
import { NotAuthenticated } from '@trace/domain';
import { authenticatedAs, HttpAnswer } from '@trace/http';
import { StoreUnavailable } from '@trace/shared';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { Authenticator } from './authenticator';
import { FailedAuthentications } from './failed-authentications';

/** Paths served without credentials: the health probe (which shows more to a principal) and the API's own pages. */
const OPEN_PATHS = [/^\/health\/?$/, /^\/docs(?:[/-]|$)/];

/**
 * Authentication comes before anything else reads a request (its body, its route): an unauthenticated request is
 * 401 whatever its path or body. The principal is recorded with the request for the routes, their guard and the
 * request log.
 */
@Injectable()
export class Authentication {
  private readonly logger = new Logger('Authentication');
  private readonly failures: FailedAuthentications;

  constructor(
    private readonly authenticator: Authenticator,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // The process's monotonic clock: the configured clock may be a test's fixed one.
    this.failures = new FailedAuthentications(config.authFailuresPerMinute, () => performance.now());
  }

  readonly middleware: RequestHandler = (request: Request, _response: Response, next: NextFunction) => {
    this.authenticate(request).then(
      () => next(),
      (error: unknown) => next(error),
    );
  };

  private async authenticate(request: Request): Promise<void> {
    const open = OPEN_PATHS.some((path) => path.test(request.path));
    const authorization = request.headers.authorization;
    if (open && authorization === undefined) return;
    const address = request.socket.remoteAddress ?? 'unknown';
    const wait = this.failures.retryAfter(address);
    if (wait > 0) throw new HttpAnswer(429, 'too many failed authentications from this address; retry later', { 'Retry-After': String(wait) });
    try {
      authenticatedAs(request, await this.authenticator.authenticate(authorization));
    } catch (error) {
      // Credentials that cannot be checked now (the key register's store is down): an open path is shown as to anyone.
      if (open && error instanceof StoreUnavailable) return;
      if (!(error instanceof NotAuthenticated)) throw error;
      // Only presented credentials count as a failed attempt: a client that sent none is not guessing.
      if (authorization === undefined) throw error;
      this.failures.failed(address);
      // The address, never what was presented: a mistyped key is still a secret.
      this.logger.warn({ msg: `authentication failed: ${error.message}`, address, method: request.method, url: request.originalUrl });
      // An open path stays open: bad credentials only mean it is shown as to anyone.
      if (!open) throw error;
    }
  }
}
