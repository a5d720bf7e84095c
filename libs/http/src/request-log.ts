import { randomUUID } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Level } from 'pino';
import { AppLogger } from '@trace/config';
import { principalOf } from './principal';

const CORRELATION_ID_HEADER = 'X-Correlation-Id';

/** An X-Correlation-Id is taken as commands take it (1-255 visible ASCII characters); any other gets replaced. */
const VALID_CORRELATION_ID = /^[\x21-\x7e]{1,255}$/;

/** Probes come every few seconds from an orchestrator: logged at debug while they pass, they would drown the rest. */
const HEALTH_ROUTE = '/health';

const correlationIds = new WeakMap<ServerResponse, string>();

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** The correlation id a request is logged and answered with. */
export function correlationIdOf(response: ServerResponse): string | undefined {
  return correlationIds.get(response);
}

/** A command makes its own correlation id (its X-Correlation-Id, or its command id) the one its request is logged and answered with. */
export function adoptCorrelationId(response: ServerResponse, correlationId: string): void {
  correlationIds.set(response, correlationId);
  if (!response.headersSent) response.setHeader(CORRELATION_ID_HEADER, correlationId);
}

/** The route pattern Express matched (`/v1/units/:sku/:serial/moves`); null when no route was reached. */
function routeOf(request: IncomingMessage): string | null {
  const path = (request as IncomingMessage & { route?: { path?: unknown } }).route?.path;
  return typeof path === 'string' ? path : null;
}

/**
 * Request lines are an access log, at info whatever the status: the cause of a failure is logged where it is known
 * (ErrorFilter, the health check, the overload limit), with the same correlation id where there is one.
 */
function levelOf(route: string | null, status: number | null): Level {
  return route === HEALTH_ROUTE && status !== null && status < 400 ? 'debug' : 'info';
}

/**
 * One log line per HTTP request, once its answer is complete or its connection gone: method, route pattern, URL,
 * status, duration, principal and correlation id. Nothing else of the request is logged: no body, no other header
 * (credentials travel in those). Each request gets a correlation id, its valid X-Correlation-Id or a new one, and
 * is answered with it in X-Correlation-Id. Put in front of every other listener of the server, so that requests
 * refused before they reach Express (overload) are logged too.
 */
export function logRequests(server: Server, logger: AppLogger): void {
  const log = logger.child({ context: 'Request' });
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const started = process.hrtime.bigint();
    // Read now: Express strips the mount path from it while a mounted handler (the OpenAPI pages) runs.
    const url = request.url;
    const sent = request.headers['x-correlation-id'];
    const correlationId = typeof sent === 'string' && VALID_CORRELATION_ID.test(sent) ? sent : randomUUID();
    correlationIds.set(response, correlationId);
    response.setHeader(CORRELATION_ID_HEADER, correlationId);
    response.once('close', () => {
      const route = routeOf(request);
      const status = response.headersSent ? response.statusCode : null;
      const level = levelOf(route, status);
      if (!log.isLevelEnabled(level)) return;
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 100_000) / 10;
      const line = {
        method: request.method,
        route,
        url,
        status,
        durationMs,
        principal: principalOf(request)?.name ?? null,
        correlationId: correlationIds.get(response),
      };
      // The client went away before the whole answer was sent (or a streamed answer failed half-way).
      const aborted = !response.writableFinished;
      log[level](aborted ? { ...line, aborted } : line, `${request.method} ${route ?? url} ${status ?? '-'} ${durationMs} ms${aborted ? ' aborted' : ''}`);
    });
    for (const listener of listeners) listener(request, response);
  });
}
