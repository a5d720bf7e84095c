import { PassThrough, Writable } from 'node:stream';
import { runCli } from '../../apps/cli/src/cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `trace …` in-process on `dataDir`, as a user would from a shell, and collects what it printed. */
export async function trace(
  dataDir: string,
  args: string[],
  options: { env?: Record<string, string>; signal?: AbortSignal; stdout?: Writable } = {},
): Promise<CliRun> {
  const stdout = options.stdout ?? new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'error', ...options.env };
  const code = await runCli(args, { env, stdout, stderr, signal: options.signal ?? new AbortController().signal });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
