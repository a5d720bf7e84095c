import { LoggerService, LogLevel } from '@nestjs/common';
import { Level } from 'pino';
import { redactCredentials } from '../redact';
import { AppLogger } from './logger';

const PINO_LEVELS: Record<LogLevel, Level> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/** What ConsoleLogger takes for a stack trace in `error(message, stack)`, rather than for a context. */
const STACK = /^.+\n\s+at .+:\d+:\d+/;

const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

interface Call {
  messages: unknown[];
  context?: string;
  stack?: string;
}

/** Nest's calling conventions, as ConsoleLogger reads them: `(message, ...more, context?)`; errors `(message, stack?, context?)`. */
function readCall(args: unknown[], withStack: boolean): Call {
  if (withStack && args.length === 2)
    return typeof args[1] === 'string' && STACK.test(args[1]) ? { messages: [args[0]], stack: args[1] } : { messages: [args[0]], context: asText(args[1]) };
  const last = args.at(-1);
  const call: Call = args.length > 1 && typeof last === 'string' ? { messages: args.slice(0, -1), context: last } : { messages: args };
  if (withStack && call.messages.length > 1) {
    const stack = call.messages.at(-1);
    if (stack === undefined || typeof stack === 'string') return { ...call, messages: call.messages.slice(0, -1), stack };
  }
  return call;
}

/**
 * Nest's logging written by pino: its own bootstrap lines and every `new Logger(context)` become one structured line
 * per message, with the context as a field. A message may be a text, an Error (logged as `err`), or an object of
 * fields whose `msg` is the text (`{ msg, err, correlationId }`). Texts are logged with their credentials masked.
 */
export class NestLogger implements LoggerService {
  constructor(private readonly logger: AppLogger) {}

  log(message: unknown, ...more: unknown[]): void {
    this.write('log', [message, ...more]);
  }

  error(message: unknown, ...more: unknown[]): void {
    this.write('error', [message, ...more]);
  }

  warn(message: unknown, ...more: unknown[]): void {
    this.write('warn', [message, ...more]);
  }

  debug(message: unknown, ...more: unknown[]): void {
    this.write('debug', [message, ...more]);
  }

  verbose(message: unknown, ...more: unknown[]): void {
    this.write('verbose', [message, ...more]);
  }

  fatal(message: unknown, ...more: unknown[]): void {
    this.write('fatal', [message, ...more]);
  }

  private write(level: LogLevel, args: unknown[]): void {
    const pinoLevel = PINO_LEVELS[level];
    if (!this.logger.isLevelEnabled(pinoLevel)) return;
    const { messages, context, stack } = readCall(args, level === 'error');
    for (const message of messages) {
      const fields: Record<string, unknown> = context === undefined ? {} : { context };
      let text: string;
      if (message instanceof Error) {
        fields.err = message;
        text = message.message;
      } else if (message !== null && typeof message === 'object') {
        const { msg, ...own } = message as Record<string, unknown>;
        Object.assign(fields, own);
        text = typeof msg === 'string' ? msg : '';
      } else {
        text = String(message);
      }
      if (stack !== undefined) fields.err = { message: redactCredentials(text), stack: redactCredentials(stack) };
      this.logger[pinoLevel](fields, redactCredentials(text));
    }
  }
}
