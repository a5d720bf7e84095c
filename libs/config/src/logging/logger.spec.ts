import { capturedLog } from '@trace/shared/testing/captured-log';
import { createLogger } from './logger';

describe('createLogger', () => {
  it('writes JSON when the output is not a terminal, and lines for people when it is', () => {
    const piped = capturedLog();
    createLogger({ logLevel: 'log', logFormat: null }, piped).info({ context: 'Api' }, 'listening');
    expect(piped.lines()).toEqual([expect.objectContaining({ level: 'info', context: 'Api', msg: 'listening' })]);

    const terminal = { ...capturedLog(), isTTY: true };
    createLogger({ logLevel: 'log', logFormat: null }, terminal).info({ context: 'Api' }, 'listening');
    expect(terminal.text()).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] .*INFO.*: \[Api\] listening\n$/);
  });

  it('follows LOG_FORMAT whatever the output', () => {
    const terminal = { ...capturedLog(), isTTY: true };
    createLogger({ logLevel: 'log', logFormat: 'json' }, terminal).info('as JSON');
    expect(terminal.lines()).toEqual([expect.objectContaining({ msg: 'as JSON' })]);

    const piped = capturedLog();
    createLogger({ logLevel: 'log', logFormat: 'pretty' }, piped).info({ context: 'Api' }, 'for people');
    expect(piped.text()).toMatch(/^\[[\d:.]+\] INFO: \[Api\] for people\n$/);
  });

  it('puts a request line on one pretty line, with who asked and the correlation id', () => {
    const piped = capturedLog();
    const request = { method: 'POST', route: '/v1/units', url: '/v1/units', status: 201, durationMs: 3.2, principal: 'alice', correlationId: 'c-1' };
    createLogger({ logLevel: 'log', logFormat: 'pretty' }, piped).info({ context: 'Request', ...request }, 'POST /v1/units 201 3.2 ms');
    expect(piped.text()).toMatch(/^\[[\d:.]+\] INFO: \[Request\] POST \/v1\/units 201 3\.2 ms \(alice c-1\)\n$/);
  });
});
