import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { AlreadyExists, Conflict, InvalidInput, InvalidReference, NotAllowed, NotAuthenticated, NotFound, RuleViolation } from '@trace/domain';
import { ReadModelsBehind, StoreUnavailable } from '@trace/shared';
import { Response } from 'express';
import { ErrorResponse } from './error-response';
import { HttpAnswer } from './http-answer';
import { correlationIdOf } from './request-log';

/** How an error is answered. */
interface Answer {
  status: number;
  message: string;
  details?: ErrorResponse['details'];
  headers?: Record<string, string>;
  /** Worth a warning in the log: not the client's doing, though not a bug either. */
  warn?: boolean;
}

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;
const answer = <E extends Error>(type: ErrorClass<E>, as: (error: E) => Answer) => ({ type, as: as as (error: Error) => Answer });

/** An unreachable store is usually back within seconds; a full disk needs someone to make room. */
const STORE_RETRY_AFTER_SECONDS: Record<StoreUnavailable['reason'], number> = { unreachable: 5, full: 30 };

function httpExceptionMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
}

/**
 * The one table of what reaches a client as which status: domain errors by what they mean, the stores' outages,
 * read models behind a reader, and what the HTTP edge itself refuses. Anything else is a bug: logged, answered 500.
 */
const ANSWERS = [
  answer(InvalidInput, (error) => ({ status: HttpStatus.BAD_REQUEST, message: error.message, details: error.problems })),
  answer(NotAuthenticated, (error) => ({ status: HttpStatus.UNAUTHORIZED, message: error.message, headers: { 'WWW-Authenticate': 'Bearer' } })),
  answer(NotAllowed, (error) => ({ status: HttpStatus.FORBIDDEN, message: error.message, details: { role: error.role } })),
  answer(NotFound, (error) => ({ status: HttpStatus.NOT_FOUND, message: error.message })),
  answer(AlreadyExists, (error) => ({ status: HttpStatus.CONFLICT, message: error.message })),
  answer(RuleViolation, (error) => ({ status: HttpStatus.CONFLICT, message: error.message, details: { rule: error.rule } })),
  answer(Conflict, (error) => ({ status: HttpStatus.CONFLICT, message: error.message })),
  answer(InvalidReference, (error) => ({
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    message: error.message,
    details: [{ field: error.field, message: error.problem }],
  })),
  answer(ReadModelsBehind, (error) => ({ status: HttpStatus.SERVICE_UNAVAILABLE, message: error.message, headers: { 'Retry-After': '1' } })),
  // Not a bug of ours and not the client's: the same request may well succeed once the store is back.
  answer(StoreUnavailable, (error) => ({
    status: HttpStatus.SERVICE_UNAVAILABLE,
    message: `the ${error.store} is ${error.reason === 'full' ? 'out of space: nothing was recorded' : 'unreachable'}; retry later`,
    headers: { 'Retry-After': String(STORE_RETRY_AFTER_SECONDS[error.reason]) },
    warn: true,
  })),
  answer(HttpAnswer, (error) => ({ status: error.status, message: error.message, details: error.details, headers: error.headers })),
  answer(HttpException, (error) => ({ status: error.getStatus(), message: httpExceptionMessage(error) })),
];

const errorName = (status: number): string =>
  (HttpStatus[status] ?? 'ERROR')
    .split('_')
    .map((word) => word[0] + word.slice(1).toLowerCase())
    .join(' ');

/**
 * A domain error as one item of a batch answers it (`{statusCode, message, details?}`), by the same table; null for
 * an error the table does not know, which the batch as a whole must then answer.
 */
export function itemError(error: unknown): { statusCode: number; message: string; details?: ErrorResponse['details'] } | null {
  const known = error instanceof Error ? ANSWERS.find((entry) => error instanceof entry.type) : undefined;
  if (!known) return null;
  const { status, message, details } = known.as(error as Error);
  return details === undefined ? { statusCode: status, message } : { statusCode: status, message, details };
}

/** Every error leaves as `{statusCode, error, message, details?}`, answered by the table above. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const correlationId = correlationIdOf(response);
    if (response.headersSent) {
      // A streamed answer (a CSV) failed half-way: its status is gone, so the client must see a cut, not a complete file.
      this.logger.error({ msg: `answer failed after it started: ${exception instanceof Error ? exception.message : String(exception)}`, correlationId });
      response.destroy();
      return;
    }
    const known = exception instanceof Error ? ANSWERS.find((entry) => exception instanceof entry.type) : undefined;
    const { status, message, details, headers, warn } = known ? known.as(exception as Error) : this.unexpected(exception, correlationId);
    if (warn) this.logger.warn({ msg: (exception as Error).message, correlationId });
    if (headers) response.set(headers);
    const body: ErrorResponse =
      details === undefined ? { statusCode: status, error: errorName(status), message } : { statusCode: status, error: errorName(status), message, details };
    // Routes that answer CSV set its type before they run; an error is JSON whatever the route would have sent.
    response.removeHeader('Content-Disposition');
    response.status(status).type('application/json').json(body);
  }

  private unexpected(exception: unknown, correlationId: string | undefined): Answer {
    this.logger.error(exception instanceof Error ? { msg: exception.message, err: exception, correlationId } : { msg: String(exception), correlationId });
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, message: 'internal error' };
  }
}
