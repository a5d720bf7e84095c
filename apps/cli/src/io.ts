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

/** Whoever read the output went away (`trace history lot L --json | head`): not a failure, the command just stops. */
export class OutputClosed extends Error {}

const gone = (stream: Writable) => stream.destroyed || stream.writableEnded;

/** Writes to stdout, honouring back-pressure; throws OutputClosed once the reader went away. */
export async function print(io: CliIo, text: string): Promise<void> {
  if (gone(io.stdout)) throw new OutputClosed('output closed');
  if (io.stdout.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      io.stdout.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    io.stdout.on('drain', done).on('close', done).on('error', done);
  });
  if (gone(io.stdout)) throw new OutputClosed('output closed');
}

/** The user pressed Ctrl-C; what was done is kept (exit code 130). */
export class Interrupted extends Error {}
