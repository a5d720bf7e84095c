import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpAnswer } from './http-answer';

/** A batch of 10,000 serials of 64 characters is about 700 kB of JSON; an EPCIS document of 1,000 events about 500 kB. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** Far deeper than any command body (three levels at most today): deeper input is refused before anything walks it. */
export const MAX_BODY_DEPTH = 32;

const JSON_TYPES = ['application/json', 'application/*+json'];

const hasBody = (request: Request) => request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/** A body that is not JSON is refused as such (415), rather than read as an empty command and refused field by field. */
const jsonOnly: RequestHandler = (request: Request, _response: Response, next: NextFunction) => {
  if (!hasBody(request) || request.is(JSON_TYPES)) return next();
  const type = request.headers['content-type'];
  next(
    new HttpAnswer(415, `${type ? `content type ${type} is not accepted` : 'a body needs a content type'}: send application/json`, {}, [
      { field: 'Content-Type', message: 'must be application/json' },
    ]),
  );
};

const isNested = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Depth of a parsed JSON value, walked without recursion so that hostile nesting cannot overflow the stack. Only
 * objects and arrays are queued for the next level: an EPCIS document's thousands of strings are looked at once.
 */
export function depthExceeds(value: unknown, limit: number): boolean {
  let level: object[] = isNested(value) ? [value] : [];
  for (let depth = 0; level.length > 0; depth++) {
    const next: object[] = [];
    for (const item of level) {
      for (const inner of Object.values(item)) {
        // The value itself sits at depth 0, what an object or array holds one deeper.
        if (depth + 1 > limit) return true;
        if (isNested(inner)) next.push(inner);
      }
    }
    level = next;
  }
  return false;
}

const boundedDepth: RequestHandler = (request: Request, _response: Response, next: NextFunction) => {
  if (!depthExceeds(request.body, MAX_BODY_DEPTH)) return next();
  next(
    new HttpAnswer(400, `body is nested deeper than ${MAX_BODY_DEPTH} levels`, {}, [
      { field: 'body', message: `must not be nested deeper than ${MAX_BODY_DEPTH} levels` },
    ]),
  );
};

/**
 * How bodies are read, before any route sees them: JSON only, UTF-8 only (body-parser's default), uncompressed
 * (a `Content-Encoding` is refused with 415 rather than inflated), at most BODY_LIMIT_BYTES, at most MAX_BODY_DEPTH deep.
 */
export function requestBody(): RequestHandler[] {
  const parse = express.json({ limit: BODY_LIMIT_BYTES, inflate: false, type: JSON_TYPES });
  const parseJson: RequestHandler = (request, response, next) =>
    parse(request, response, (error?: unknown) => next(error === undefined ? undefined : (clientHttpError(error) ?? error)));
  return [jsonOnly, parseJson, boundedDepth];
}

/** What body-parser's own refusals (http-errors with `type` and `status`) mean to a client. */
const BODY_PARSER_MESSAGES: Record<string, (error: Error & { charset?: string }) => string> = {
  'entity.too.large': () => `request body is larger than the ${BODY_LIMIT_BYTES / 1024 / 1024} MB limit`,
  'charset.unsupported': (error) => `charset ${(error.charset ?? '').toUpperCase()} is not accepted: send UTF-8`,
  'encoding.unsupported': () => 'a compressed body (Content-Encoding) is not accepted: send it uncompressed',
  'entity.parse.failed': (error) => `body is not valid JSON: ${error.message}`,
  'request.aborted': () => 'the request body was cut off',
  'request.size.invalid': () => 'the request body does not match its Content-Length',
};

/** The answer to an error body-parser raised for a client's mistake; null for anything else. */
function clientHttpError(error: unknown): HttpAnswer | null {
  if (!(error instanceof Error)) return null;
  const { status, expose, type } = error as Error & { status?: unknown; expose?: unknown; type?: unknown };
  if (typeof status !== 'number' || status < 400 || status > 499 || expose !== true) return null;
  const message = typeof type === 'string' && BODY_PARSER_MESSAGES[type] ? BODY_PARSER_MESSAGES[type](error) : error.message;
  return new HttpAnswer(status, message);
}
