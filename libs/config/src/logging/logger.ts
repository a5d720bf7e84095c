import pino, { Level, Logger } from 'pino';
import { isColorSupported, prettyFactory } from 'pino-pretty';
import { AppConfig } from '../config';
import { redactCredentials } from '../redact';

/** The process's structured logger (pino). */
export type AppLogger = Logger;

/** Where log lines go: stdout for the services, stderr for the CLI, a capture in tests. */
export type LogOutput = { write(line: string): unknown; isTTY?: boolean };

/** LOG_LEVEL names Nest's levels; pino calls `log` info and `verbose` trace. */
const PINO_LEVELS: Record<AppConfig['logLevel'], Level> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/** The request log's fields are in its message when people read it, so pretty lines do not repeat them below. */
const SHOWN_IN_PRETTY_MESSAGE = ['method', 'route', 'url', 'status', 'durationMs', 'principal', 'correlationId'];

/** An error as a log line carries it: its type, message and stack, credentials masked, no driver internals. */
function loggedError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return { type: error.name, message: redactCredentials(error.message), stack: error.stack && redactCredentials(error.stack) };
}

/** `[context] message principal correlation-id`, as far as a line has them. */
function prettyMessage(line: Record<string, unknown>, messageKey: string): string {
  const context = typeof line.context === 'string' ? `[${line.context}] ` : '';
  const who = [line.principal, line.correlationId].filter((part) => typeof part === 'string').join(' ');
  const message = line[messageKey];
  return `${context}${typeof message === 'string' ? message : ''}${who ? ` (${who})` : ''}`;
}

/** Human lines (time, level, context, message), written synchronously like the JSON ones: nothing is lost at exit. */
function prettyOutput(output: LogOutput): pino.DestinationStream {
  const format = prettyFactory({
    colorize: output.isTTY === true && isColorSupported,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: ['pid', 'hostname', 'context', ...SHOWN_IN_PRETTY_MESSAGE].join(','),
    messageFormat: prettyMessage,
  });
  return { write: (line: string) => output.write(format(line)) };
}

/**
 * The process's logger: one JSON object per line (ISO time, level name, pid, hostname, context, message) or, with
 * LOG_FORMAT=pretty (the default on a terminal), lines for people. Errors are logged with their credentials masked.
 */
export function createLogger(settings: Pick<AppConfig, 'logLevel' | 'logFormat'>, output: LogOutput = process.stdout): AppLogger {
  const pretty = (settings.logFormat ?? (output.isTTY ? 'pretty' : 'json')) === 'pretty';
  return pino(
    {
      level: PINO_LEVELS[settings.logLevel],
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: loggedError },
    },
    pretty ? prettyOutput(output) : output,
  );
}
