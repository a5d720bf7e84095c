import { Logger } from '@nestjs/common';

/** How long a stop may take: in-flight requests finish, the followers commit or abandon their batch. */
export const SHUTDOWN_DEADLINE_MS = 9_000;

/**
 * Nest's shutdown hooks stop the process gracefully on SIGTERM or SIGINT; this bounds how long that may take, so a
 * hung request or store cannot keep a stopped service alive (orchestrators kill it at 10 s anyway, less politely).
 */
export function exitWithin(deadlineMs = SHUTDOWN_DEADLINE_MS): void {
  const arm = (signal: NodeJS.Signals) => {
    const logger = new Logger('Shutdown');
    logger.log(`${signal}: finishing in-flight requests and the batch in hand`);
    setTimeout(() => {
      logger.error(`still stopping after ${deadlineMs / 1000} s: exiting now`);
      process.exit(1);
    }, deadlineMs).unref();
  };
  process.once('SIGTERM', arm);
  process.once('SIGINT', arm);
}
