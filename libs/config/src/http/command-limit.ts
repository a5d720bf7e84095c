import { NextFunction, Request, RequestHandler, Response } from 'express';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Seconds a refused client should wait: the commands ahead of it drain in milliseconds. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 1;

/**
 * At most `max` commands in progress at once (from arrival to answer). Beyond it a command is refused at once with
 * 503 and Retry-After, before its body is even read: under overload, the commands accepted keep their latency and
 * the others learn it immediately, instead of everyone waiting in an ever longer queue until clients time out.
 * The answer is written here, not by the error filter: refusing must cost next to nothing.
 */
export function commandLimit(max: number): RequestHandler {
  let pending = 0;
  const refusal = JSON.stringify({
    statusCode: 503,
    error: 'Service Unavailable',
    message: `more than ${max} commands are waiting for the event store; retry in ${OVERLOAD_RETRY_AFTER_SECONDS} s`,
  });
  return (request: Request, response: Response, next: NextFunction) => {
    if (READS.has(request.method)) return next();
    if (pending >= max) {
      response.status(503).set({ 'Retry-After': String(OVERLOAD_RETRY_AFTER_SECONDS), 'Content-Type': 'application/json; charset=utf-8' }).end(refusal);
      return;
    }
    pending++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      pending--;
    };
    response.once('finish', release);
    response.once('close', release);
    next();
  };
}
