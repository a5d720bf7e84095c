import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Expected, jsonMismatch, parseExpected, textMismatch } from './answers';
import { Page, Step } from './pages';

/** What a session needs besides Node and is not on PATH: the shell itself, and what the walk-throughs call. */
export const missingTools = () => ['bash', 'curl', 'jq'].filter((tool) => spawnSync(tool, ['--version']).error !== undefined);

export interface SessionOptions {
  /** The service's base URL, as `API`. */
  api: string;
  /** The service's data directory: the CLI, like the service, reads `DATA_DIR`. */
  dataDir: string;
  /** An empty directory: the session's working directory (files the commands write land there). */
  workDir: string;
  /** The CLI's entry point, which `npx trace` runs. */
  traceBin: string;
  timeoutMs: number;
}

export interface SessionResult {
  commands: number;
  answersChecked: number;
  /** A message for each command that failed or answered otherwise than the page says, naming page, block and command. */
  failures: string[];
}

/**
 * Runs a page's blocks in one bash session, each command exactly as written, and holds what each answered against
 * the page. The session stops at the first command that exits non-zero.
 */
export async function runPage(page: Page, options: SessionOptions): Promise<SessionResult> {
  const steps = page.blocks.flatMap((block) => block.steps.map((step) => ({ block, step })));
  const results = join(options.workDir, '.steps');
  mkdirSync(results);
  for (const file of page.files) writeFileSync(join(options.workDir, file.name), file.content);
  // The pages read the admin key from `data/admin.key`, where `npm start` in the checkout writes it: here `data` is the service's.
  const data = join(options.workDir, 'data');
  if (!existsSync(data)) symlinkSync(options.dataDir, data, 'dir');
  // `npx trace` finds the CLI as a local bin, as in the checkout, without npm installing the package into its cache.
  const bin = join(options.workDir, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'trace'), `#!/bin/sh\nexec "${process.execPath}" "${options.traceBin}" "$@"\n`, { mode: 0o755 });
  const script = join(options.workDir, '.session.sh');
  writeFileSync(script, sessionScript(steps.map(({ step }) => step)));

  const shell = spawn('bash', [script], {
    cwd: options.workDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR,
      API: options.api,
      H: 'content-type: application/json',
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'error',
      NO_COLOR: '1',
      STEPS: results,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: options.timeoutMs,
  });
  let shellOutput = '';
  shell.stdout.on('data', (chunk: Buffer) => (shellOutput += chunk.toString('utf8')));
  shell.stderr.on('data', (chunk: Buffer) => (shellOutput += chunk.toString('utf8')));
  const [code, signal] = (await once(shell, 'exit')) as [number | null, NodeJS.Signals | null];

  const failures: string[] = [];
  let answersChecked = 0;
  for (const [index, { block, step }] of steps.entries()) {
    const where = `${page.path}, block ${block.number} (line ${block.line}), command at line ${step.line}:\n  ${step.command.replace(/\n/g, '\n  ')}\n`;
    const dir = join(results, String(index + 1));
    if (!existsSync(join(dir, 'status'))) {
      failures.push(`${where}did not finish: the session ended (${signal ?? `exit ${code}`})\n${shortened(shellOutput)}`);
      break;
    }
    const status = Number(readFileSync(join(dir, 'status'), 'utf8'));
    const stdout = readFileSync(join(dir, 'out'), 'utf8');
    const stderr = readFileSync(join(dir, 'err'), 'utf8');
    if (status !== 0) {
      failures.push(`${where}exited ${status}:\n${shortened(stderr || stdout)}`);
      break;
    }
    const statuses = httpStatuses(dir);
    if (step.answer !== undefined) answersChecked += 1;
    // A CLI's summary goes to stderr; it is the answer when nothing went to stdout.
    const difference = step.answer === undefined ? unwrittenRefusal(statuses, stdout) : checkAnswer(step.answer, stdout || stderr, statuses);
    if (difference) failures.push(`${where}${difference}`);
  }
  return { commands: steps.length, answersChecked, failures };
}

/**
 * One bash script: each command runs verbatim in `{ … }` (so assignments carry over) with its output captured in
 * `$STEPS/<n>/`. A `curl` function stands in front of the real one only to keep each answer's headers, from which
 * the status is read.
 */
function sessionScript(steps: Step[]): string {
  const lines = [
    'set -u -o pipefail',
    // Named by the time of the request (microseconds, a fixed number of digits), so that they sort in request order.
    'curl() { command curl -D "$(mktemp -p "$STEP" "headers.${EPOCHREALTIME/./}.XXXXXX")" "$@"; }',
    ...steps.flatMap((step, index) => [
      `STEP=$STEPS/${index + 1}; mkdir "$STEP"`,
      '{',
      step.command,
      '} >"$STEP/out" 2>"$STEP/err" </dev/null',
      'STATUS=$?; echo $STATUS >"$STEP/status"; [ $STATUS = 0 ] || exit 0',
    ]),
  ];
  return lines.join('\n') + '\n';
}

/** The status of each HTTP answer the command received, in the order of its requests. */
function httpStatuses(dir: string): number[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith('headers.'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .filter((headers) => headers !== '')
    .map((headers) => Number([...headers.matchAll(/^HTTP\/\S+ (\d{3})/gm)].pop()?.[1]));
}

/** A command without a written answer must not have been refused. */
function unwrittenRefusal(statuses: number[], printed: string): string | undefined {
  const refused = statuses.find((status) => status >= 300);
  return refused === undefined ? undefined : `answered ${refused}, but the page writes no answer saying so:\n${shortened(printed)}`;
}

function checkAnswer(answer: string, printed: string, statuses: number[]): string | undefined {
  let expected: Expected;
  try {
    expected = parseExpected(answer, statuses.length > 0);
  } catch (error) {
    return `its answer on the page cannot be read: ${(error as Error).message}`;
  }
  const last = statuses[statuses.length - 1];
  if (expected.status !== undefined && last !== expected.status) return `answered ${last}, the page says ${expected.status}:\n${shortened(printed)}`;
  if (expected.status === undefined && statuses.some((status) => status >= 300)) {
    return `answered ${statuses.join(', ')}, the page writes a 2xx answer:\n${shortened(printed)}`;
  }
  if (expected.json) {
    let actual: unknown;
    try {
      actual = JSON.parse(printed);
    } catch {
      return `printed no JSON, the page writes some:\n${shortened(printed)}`;
    }
    const mismatch = jsonMismatch(expected.json, actual);
    return mismatch && `${mismatch}\nit answered: ${shortened(printed.trim())}\nthe page says: ${answer}`;
  }
  return expected.text === undefined ? undefined : textMismatch(expected.text, printed);
}

/** Long answers (a page of 1,000 units) cut to what a failure message needs. */
const shortened = (text: string) => (text.length > 2_000 ? `${text.slice(0, 2_000)}… (${text.length} characters)` : text);
