import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, InvalidInput, InvalidReference, RuleViolation } from '@trace/domain';
import { StoreUnavailable } from '@trace/shared';
import { Response } from 'express';
import { correlationIdOf } from '../logging/request-log';
import { HttpAnswer } from './http-answer';

const STATUS: Record<DomainError['kind'], number> = {
  invalid_input: HttpStatus.BAD_REQUEST,
  not_found: HttpStatus.NOT_FOUND,
  already_exists: HttpStatus.CONFLICT,
  rule_violation: HttpStatus.CONFLICT,
  conflict: HttpStatus.CONFLICT,
  invalid_reference: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** An unreachable store is usually back within seconds; a full disk needs someone to make room. */
const STORE_RETRY_AFTER_SECONDS: Record<StoreUnavailable['reason'], number> = { unreachable: 5, full: 30 };

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

function details(error: DomainError): unknown {
  if (error instanceof InvalidInput) return error.problems;
  if (error instanceof RuleViolation) return { rule: error.rule };
  if (error instanceof InvalidReference) return [{ field: error.field, message: error.message }];
  return undefined;
}

function httpExceptionMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
}

/**
 * Every error leaves as `{statusCode, error, message, details?}`; an unreachable store is 503 with Retry-After;
 * unexpected errors are logged and hidden.
 */
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
    let body: ErrorBody;
    if (exception instanceof DomainError) {
      body = this.body(STATUS[exception.kind], exception.message, details(exception));
    } else if (exception instanceof HttpAnswer) {
      response.set(exception.headers);
      body = this.body(exception.status, exception.message, exception.details);
    } else if (exception instanceof StoreUnavailable) {
      // Not a bug of ours and not the client's: the same request may well succeed once the store is back.
      this.logger.warn({ msg: exception.message, correlationId });
      response.set({ 'Retry-After': String(STORE_RETRY_AFTER_SECONDS[exception.reason]) });
      const state = exception.reason === 'full' ? 'out of space: nothing was recorded' : 'unreachable';
      body = this.body(HttpStatus.SERVICE_UNAVAILABLE, `the ${exception.store} is ${state}; retry later`);
    } else if (exception instanceof HttpException) {
      body = this.body(exception.getStatus(), httpExceptionMessage(exception));
    } else {
      this.logger.error(exception instanceof Error ? { msg: exception.message, err: exception, correlationId } : { msg: String(exception), correlationId });
      body = this.body(HttpStatus.INTERNAL_SERVER_ERROR, 'internal error');
    }
    // Routes that answer CSV set its type before they run; an error is JSON whatever the route would have sent.
    response.removeHeader('Content-Disposition');
    response.status(body.statusCode).type('application/json').json(body);
  }

  private body(statusCode: number, message: string, details?: unknown): ErrorBody {
    const words = (HttpStatus[statusCode] ?? 'ERROR').split('_');
    const error = words.map((word) => word[0] + word.slice(1).toLowerCase()).join(' ');
    return details === undefined ? { statusCode, error, message } : { statusCode, error, message, details };
  }
}
