import { Logger } from '@nestjs/common';
import { capturedLog } from '@trace/shared/testing/captured-log';
import { eventually } from '@trace/shared/testing/eventually';
import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createLogger, NestLogger } from '@trace/config';
import { limitCommands } from './command-limit';
import { logRequests } from './request-log';

describe('the request log, in front of the overload limit', () => {
  const output = capturedLog();
  let arrived: () => void;
  const hanging = new Promise<void>((resolve) => (arrived = resolve));
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      // A request to /hang is never answered: its client gives up.
      if (request.url === '/hang') arrived();
      else response.end('ok');
    });
    // No command at all may be in progress: every command is refused in front of the HTTP stack.
    limitCommands(server, 0);
    const logger = createLogger({ logLevel: 'log', logFormat: 'json' }, output);
    logRequests(server, logger);
    Logger.overrideLogger(new NestLogger(logger));
    await once(server.listen(0, '127.0.0.1'), 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve).closeAllConnections()));

  /** The lines logged for the request answered with `correlationId`, once it has been logged. */
  async function linesOf(correlationId: string | null) {
    const of = () => output.lines().filter((line) => line.correlationId === correlationId);
    await eventually(() => of().length > 0);
    return of();
  }

  it('logs each request refused before it reaches the app, with the correlation id it was sent, and the overload once', async () => {
    for (const correlationId of ['refused-1', 'refused-2']) {
      const response = await fetch(`${base}/v1/units`, { method: 'POST', headers: { 'X-Correlation-Id': correlationId } });
      expect(response.status).toBe(503);
      expect(response.headers.get('x-correlation-id')).toBe(correlationId);
      await response.text();
    }
    expect(await linesOf('refused-2')).toHaveLength(1);
    expect(output.lines().filter((line) => line.context === 'Overload')).toEqual([
      expect.objectContaining({
        level: 'warn',
        msg: '1 command refused with 503 since the previous warning (or start): more than 0 in progress (MAX_PENDING_COMMANDS)',
      }),
    ]);
    expect(await linesOf('refused-1')).toEqual([
      expect.objectContaining({
        level: 'info',
        context: 'Request',
        method: 'POST',
        route: null,
        url: '/v1/units',
        status: 503,
        durationMs: expect.any(Number),
        principal: null,
        msg: expect.stringMatching(/^POST \/v1\/units 503 [\d.]+ ms$/),
      }),
    ]);
  });

  it('gives a request without a usable X-Correlation-Id a new one, and answers with it', async () => {
    for (const headers of [{}, { 'X-Correlation-Id': 'has spaces' }, { 'X-Correlation-Id': 'x'.repeat(256) }] as Record<string, string>[]) {
      const response = await fetch(`${base}/v1/units?limit=5`, { headers });
      const generated = response.headers.get('x-correlation-id');
      expect(generated).toMatch(/^[0-9a-f-]{36}$/);
      await response.text();
      expect(await linesOf(generated)).toEqual([expect.objectContaining({ method: 'GET', url: '/v1/units?limit=5', status: 200, principal: null })]);
    }
  });

  it('logs a request whose client went away before it was answered', async () => {
    const client = new AbortController();
    const sent = fetch(`${base}/hang`, { headers: { 'X-Correlation-Id': 'gone-1' }, signal: client.signal });
    await hanging;
    client.abort();
    await expect(sent).rejects.toThrow();
    expect(await linesOf('gone-1')).toEqual([expect.objectContaining({ level: 'info', url: '/hang', status: null, aborted: true })]);
  });
});
