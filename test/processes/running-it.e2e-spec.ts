import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeDataDir, tempDataDir } from '../e2e/api';
import { printed, ROOT, run } from './service';

jest.setTimeout(120_000);

describe('running it as a newcomer does', () => {
  it('leaves package-lock.json as it is when npm installs from it (a fresh clone stays clean)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trace-lock-'));
    try {
      for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(dir, file));
      const install = spawnSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
      expect(install.status).toBe(0);
      expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs builds one at a time, and takes over the lock of a build that was killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trace-build-lock-'));
    const lock = join(dir, 'lock');
    const holder = (name: string) =>
      spawn(process.execPath, [
        '-e',
        `
        const { oneAtATime } = require(${JSON.stringify(join(ROOT, 'scripts', 'one-at-a-time.js'))});
        const { appendFileSync } = require('node:fs');
        oneAtATime(${JSON.stringify(lock)}, () => {
          appendFileSync(${JSON.stringify(join(dir, 'log'))}, '${name} in\\n');
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
          appendFileSync(${JSON.stringify(join(dir, 'log'))}, '${name} out\\n');
        });`,
      ]);
    try {
      // A lock left by a build killed half-way: its process is gone.
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
      spawnSync('mkdir', [lock]);
      writeFileSync(join(lock, 'pid'), dead);
      const both = [holder('a'), holder('b')].map((child) => new Promise((resolve) => child.on('exit', resolve)));
      expect(await Promise.all(both)).toEqual([0, 0]);
      const log = readFileSync(join(dir, 'log'), 'utf8').trim().split('\n');
      // Never two inside at once: each "in" is followed by its own "out".
      const [first, second] = [log[0].split(' ')[0], log[2]?.split(' ')[0]];
      expect(log).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
      expect([first, second].sort()).toEqual(['a', 'b']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the service when npm start alone receives SIGINT (npm forwards it to the service itself)', async () => {
    const dir = tempDataDir();
    try {
      const npm = run('npm', ['start'], { DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', NO_COLOR: '1' });
      await printed(npm, /listening on http:\/\/127\.0\.0\.1:\d+/, 90_000);
      // Its log is JSON: its stdout is a pipe, not a terminal.
      const [, servicePid] = npm.output().match(/"pid":(\d+)/) as RegExpMatchArray;
      npm.signal('SIGINT');
      const ended = await npm.exited;
      expect(ended.afterMs).toBeLessThan(10_000);
      expect(() => process.kill(Number(servicePid), 0)).toThrow();
      expect(npm.output()).toMatch(/SIGINT: finishing in-flight requests/);
    } finally {
      removeDataDir(dir);
    }
  });
});
