import { ArgumentsHost, ConsoleLogger, Logger } from '@nestjs/common';
import { StoreUnavailable } from '@trace/shared';
import { ErrorFilter } from './error.filter';

/** Catches one error and answers what the client would receive. */
function answer(error: unknown) {
  const sent = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
  const response = {
    headersSent: false,
    removeHeader: (name: string) => delete sent.headers[name],
    type: (type: string) => ((sent.headers['Content-Type'] = type), response),
    set: (headers: Record<string, string>) => Object.assign(sent.headers, headers),
    status: (status: number) => ((sent.status = status), response),
    json: (body: unknown) => (sent.body = body),
  };
  new ErrorFilter().catch(error, { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost);
  return sent;
}

describe('ErrorFilter', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(new ConsoleLogger()));

  it('answers 503 with Retry-After when a store is unreachable', () => {
    expect(answer(new StoreUnavailable('read store', new Error('connect ECONNREFUSED 10.0.0.7:27017')))).toEqual({
      status: 503,
      headers: { 'Retry-After': '5', 'Content-Type': 'application/json' },
      body: { statusCode: 503, error: 'Service Unavailable', message: 'the read store is unreachable; retry later' },
    });
  });

  it('still hides unexpected errors behind a 500', () => {
    expect(answer(new Error('bug'))).toMatchObject({ status: 500, body: { statusCode: 500, message: 'internal error' } });
  });
});
