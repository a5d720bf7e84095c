import { IncomingMessage, Server, ServerResponse } from 'node:http';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Seconds a refused client should wait: the commands ahead of it drain in milliseconds. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 1;

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
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!READS.has(request.method ?? '')) {
      if (pending >= maxPending) {
        response.writeHead(503, headers).end(refusal);
        return;
      }
      pending++;
      response.once('close', () => pending--);
    }
    for (const listener of listeners) listener(request, response);
  });
}
