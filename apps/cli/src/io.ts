import { Writable } from 'node:stream';

/** What the CLI talks to; `main` passes the process's, tests their own. */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /** Aborted on Ctrl-C: long commands stop between two pages. */
  signal: AbortSignal;
}

/** A problem with what the user typed or configured (exit code 2). */
export class UsageError extends Error {}

/** Writes to stdout, honouring back-pressure. */
export async function print(io: CliIo, text: string): Promise<void> {
  if (!io.stdout.write(text)) await new Promise((resolve) => io.stdout.once('drain', resolve));
}

/** The user pressed Ctrl-C; what was done is kept (exit code 130). */
export class Interrupted extends Error {}
