import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

let built = false;

/**
 * Builds `dist/` as `npm start` does, once per test process. Concurrent builds (several test files, several jest
 * workers) wait for each other through the build script's lock; an up-to-date build takes about 2 s.
 */
export function ensureBuilt(): void {
  if (built) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.js')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  built = true;
}

export interface ServiceProcess {
  child: ChildProcess;
  /** Base URL, for the API. */
  url: string;
  /** The admin key its first start wrote (the API's only), as a client holding it sends it. */
  key: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with how it ended, once it has. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>;
  signal(signal: NodeJS.Signals): number;
}

type Which = 'api' | 'api+projector' | 'projector';

const MAIN: Record<Which, string[]> = {
  api: ['dist/apps/api/src/main.js'],
  'api+projector': ['dist/apps/api/src/main.js', '--with-projector'],
  projector: ['dist/apps/projector/src/main.js'],
};

/** Waits until the process printed a line matching `pattern`; fails if it exits first or takes longer than `ms`. */
export async function printed(service: Pick<ServiceProcess, 'output' | 'exited'>, pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  let ended = false;
  void service.exited.then(() => (ended = true));
  for (;;) {
    const match = service.output().match(pattern);
    if (match) return match;
    if (ended) throw new Error(`exited before printing ${pattern}:\n${service.output()}`);
    if (Date.now() > deadline) throw new Error(`did not print ${pattern} within ${ms} ms:\n${service.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs a command as a child process, collecting what it prints. */
export function run(command: string, args: string[], env: Record<string, string>): ServiceProcess {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  let signalledAt = 0;
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
    afterMs: Date.now() - signalledAt,
  }));
  return {
    child,
    url: '',
    key: '',
    output: () => text,
    exited,
    signal: (name) => {
      signalledAt = Date.now();
      child.kill(name);
      return signalledAt;
    },
  };
}

/** Starts `dist/` as `npm start` (api+projector), `start:api` or `start:projector` run it, on `dataDir`, on a free port. */
export async function startService(which: Which, dataDir: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
  ensureBuilt();
  // No colours: the log is read by patterns.
  const service = run(process.execPath, MAIN[which], { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'log', NO_COLOR: '1', ...env });
  if (which === 'projector') {
    await printed(service, /following the event log/);
    return service;
  }
  const [, url] = await printed(service, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
  return { ...service, url, key: readFileSync(join(dataDir, 'admin.key'), 'utf8').trim() };
}

/** Stops a service however it is, and waits for it. */
export async function kill(service: ServiceProcess): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.signal('SIGKILL');
  await service.exited;
}

type Api = Pick<ServiceProcess, 'url' | 'key'>;

const authorised = (api: Api, headers: Record<string, string>) => ({ authorization: `Bearer ${api.key}`, ...headers });

/** POSTs `body` to `path` of `api` as the admin key's holder (unless `headers` say otherwise). */
export const post = async (api: Api, path: string, body: object, headers: Record<string, string> = {}) => {
  const response = await fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: authorised(api, { 'content-type': 'application/json', ...headers }),
    body: JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape is the test's to assert
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
};

/** GETs `path` of `api` as the admin key's holder, answering the parsed body. */
export const get = async <Body>(api: Api, path: string): Promise<Body> =>
  (await (await fetch(`${api.url}${path}`, { headers: authorised(api, {}) })).json()) as Body;
