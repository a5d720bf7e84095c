import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Target } from './load/load';

/** The repository (this file runs from dist/bench). */
const ROOT = join(__dirname, '..', '..');
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/** A running API, with the Authorization header of the admin key its first start wrote. */
export interface RunningServer extends Target {
  /** Starts a projector beside the API, as `npm run start:projector` runs one, unless one runs already. */
  startProjector(): void;
  stop(): Promise<void>;
}

/** A free loopback port, asked from the OS. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

/** The admin key the first start wrote to the data directory, as an Authorization header ('' until it is there). */
function authorizationOf(dataDir: string): string {
  try {
    return `Bearer ${readFileSync(join(dataDir, 'admin.key'), 'utf8').trim()}`;
  } catch {
    return '';
  }
}

async function waitUntilHealthy(url: string, dataDir: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} during start-up`);
    try {
      // Without a projector in its process /health says so (503): the API itself is ready once both stores answer.
      const health = (await (await fetch(`${url}/health`, { headers: { authorization: authorizationOf(dataDir) } })).json()) as {
        details?: Record<string, { status: string }>;
      };
      if (health.details?.eventStore?.status === 'up' && health.details?.readStore?.status === 'up') return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API did not answer /health within ${START_TIMEOUT_MS} ms`);
}

/** A child process stopped as a terminal would: SIGTERM, then SIGKILL after a grace period. */
async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** The arguments `npm run <script>` gives node (`exec node <flags> <main> <options>`), so a process here starts with the same flags. */
function nodeArgumentsOf(script: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [exec, node, ...args] = scripts[script].split(/\s+/);
  if (exec !== 'exec' || node !== 'node') throw new Error(`npm run ${script} is not "exec node …": the bench cannot start it the same way`);
  return args.map((arg) => (arg.startsWith('dist/') ? join(ROOT, arg) : arg));
}

/**
 * Starts the API exactly as `npm run start:api` does (its node command, HTTP only), or as
 * `npm start` does with `withProjector`, in its own process, bound to the loopback interface; with
 * `projectorProcess`, a projector beside it as `npm run start:projector` runs one (the two-process deployment).
 */
export async function startServer(
  dataDir: string,
  env: Record<string, string> = {},
  options: { withProjector?: boolean; projectorProcess?: boolean } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const childEnv = { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env };
  // Their logs go to our stderr: stdout carries the results table alone.
  const child = spawn(process.execPath, nodeArgumentsOf(options.withProjector ? 'start' : 'start:api'), {
    env: childEnv,
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  let projector: ChildProcess | undefined;
  const startProjector = () => {
    if (!options.withProjector)
      projector ??= spawn(process.execPath, nodeArgumentsOf('start:projector'), { env: childEnv, stdio: ['ignore', process.stderr, 'inherit'] });
  };
  try {
    await waitUntilHealthy(url, dataDir, child);
    // Started once the API has set the stores up (and issued the admin key), as an operator would.
    if (options.projectorProcess) startProjector();
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    authorization: authorizationOf(dataDir),
    startProjector,
    async stop() {
      await Promise.all([stopped(child), ...(projector ? [stopped(projector)] : [])]);
    },
  };
}
