import { Logger } from '@nestjs/common';
import { capturedLog } from '@trace/shared/testing/captured-log';
import { AppConfig } from '../config';
import { createLogger } from './logger';
import { NestLogger } from './nest-logger';

function nestLoggerAt(logLevel: AppConfig['logLevel']) {
  const output = capturedLog();
  return { output, nest: new NestLogger(createLogger({ logLevel, logFormat: 'json' }, output)) };
}

describe('NestLogger', () => {
  it('writes each call as one JSON line with time, level, pid, hostname, context and message', () => {
    const { output, nest } = nestLoggerAt('log');
    nest.log('Mapped {/v1/units, POST} route', 'RouterExplorer');
    nest.warn('no context given');
    expect(output.lines()).toEqual([
      {
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        pid: process.pid,
        hostname: expect.any(String),
        context: 'RouterExplorer',
        msg: 'Mapped {/v1/units, POST} route',
      },
      expect.objectContaining({ level: 'warn', msg: 'no context given' }),
    ]);
    expect(output.lines()[1]).not.toHaveProperty('context');
  });

  it('serves `new Logger(context)` as Nest calls it, errors with their stack', () => {
    const { output, nest } = nestLoggerAt('log');
    Logger.overrideLogger(nest);
    const logger = new Logger('Follower units');
    const error = new TypeError('boom');
    logger.log('caught up');
    logger.error('failed', error.stack);
    logger.error(error);
    logger.error({ msg: 'answer failed', err: error, correlationId: 'c-1' });
    Logger.error('static, with a stack', error.stack);
    const stack = expect.stringContaining('TypeError: boom\n    at ');
    expect(output.lines()).toEqual([
      expect.objectContaining({ level: 'info', context: 'Follower units', msg: 'caught up' }),
      expect.objectContaining({ level: 'error', context: 'Follower units', msg: 'failed', err: { message: 'failed', stack } }),
      expect.objectContaining({ level: 'error', context: 'Follower units', msg: 'boom', err: { type: 'TypeError', message: 'boom', stack } }),
      expect.objectContaining({
        level: 'error',
        context: 'Follower units',
        msg: 'answer failed',
        correlationId: 'c-1',
        err: expect.objectContaining({ stack }),
      }),
      expect.objectContaining({ level: 'error', msg: 'static, with a stack', err: { message: 'static, with a stack', stack } }),
    ]);
  });

  it('maps LOG_LEVEL onto the levels: verbose is trace, log is info, and what is below the level is not written', () => {
    const verbose = nestLoggerAt('verbose');
    verbose.nest.verbose('v', 'C');
    verbose.nest.debug('d', 'C');
    expect(verbose.output.lines().map((line) => line.level)).toEqual(['trace', 'debug']);

    const warn = nestLoggerAt('warn');
    warn.nest.log('hidden', 'C');
    warn.nest.debug('hidden', 'C');
    warn.nest.warn('shown', 'C');
    warn.nest.fatal('shown', 'C');
    expect(warn.output.lines().map((line) => line.level)).toEqual(['warn', 'fatal']);
  });

  it('masks the credentials of connection strings in messages and stacks', () => {
    const { output, nest } = nestLoggerAt('log');
    nest.warn('read store unreachable at mongodb://app:s3cret@db:27017', 'Stores');
    nest.error(new Error('cannot reach esdb://admin:changeit@es:2113'), undefined, 'Follower units');
    expect(output.text()).not.toMatch(/s3cret|changeit/);
    expect(output.lines()[0].msg).toBe('read store unreachable at mongodb://***@db:27017');
  });
});
