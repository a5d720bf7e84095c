import { Logger } from '@nestjs/common';
import { IncomingMessage, Server, ServerResponse } from 'node:http';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Seconds a refused client should wait: the commands ahead of it drain in milliseconds. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 1;

/** Refusals come by thousands a second under overload: a warning at most this often says so, with their count. */
const OVERLOAD_WARNING_INTERVAL_MS = 10_000;

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * At most `maxPending` commands in progress at once (from arrival to answer); one more is refused at once with 503
 * and Retry-After. Under overload the commands accepted keep their latency and the others learn at once to come
 * back, instead of everyone waiting in an ever longer queue until clients time out. The check sits in front of the
 * whole HTTP stack, before Express, Nest and the body are touched: a refusal costs a few microseconds, so refusing
 * thousands a second leaves the CPU to the commands accepted (in Express's middleware, refusing 4,500 commands a
 * second took so much of the event loop that accepted commands waited seconds, refused ones too).
 */
export function limitCommands(server: Server, maxPending: number): void {
  const refusal = Buffer.from(
    JSON.stringify({
      statusCode: 503,
      error: 'Service Unavailable',
      message: `more than ${maxPending} commands are waiting for the event store; retry in ${OVERLOAD_RETRY_AFTER_SECONDS} s`,
    }),
  );
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(refusal.length),
    'Retry-After': String(OVERLOAD_RETRY_AFTER_SECONDS),
  };
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  let pending = 0;
  const logger = new Logger('Overload');
  let refused = 0;
  let warnedAt = -Infinity;
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!READS.has(request.method ?? '')) {
      if (pending >= maxPending) {
        response.writeHead(503, headers).end(refusal);
        refused++;
        if (Date.now() - warnedAt >= OVERLOAD_WARNING_INTERVAL_MS) {
          logger.warn(
            `${refused} command${refused === 1 ? '' : 's'} refused with 503 since the previous warning (or start): more than ${maxPending} in progress (MAX_PENDING_COMMANDS)`,
          );
          refused = 0;
          warnedAt = Date.now();
        }
        return;
      }
      pending++;
      response.once('close', () => pending--);
    }
    for (const listener of listeners) listener(request, response);
  });
}
