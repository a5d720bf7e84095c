#!/usr/bin/env node
// `node scripts/run-together.js a b c`: runs the npm scripts a, b and c at the same time, prints each one's output
// whole once it ends, and fails if any failed. `npm test` runs its checks so (each is single-threaded), and the build
// the process suites start from, which they would otherwise wait for inside their test timeouts.
const { spawn } = require('node:child_process');

const names = process.argv.slice(2);
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
const started = Date.now();
const children = [];

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const child = spawn(npm[0], [...npm.slice(1), 'run', name], { env, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
      children.push(child);
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('error', (error) => output.push(Buffer.from(`${error.stack}\n`)));
      child.on('close', (code, signal) => {
        const ok = code === 0;
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        process.stdout.write(Buffer.concat(output));
        process.stdout.write(`\n[${name}] ${ok ? 'passed' : `failed (${signal ?? `exit ${code}`})`} after ${seconds} s\n\n`);
        resolve(ok);
      });
    }),
);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));

void Promise.all(runs).then((results) => {
  const failed = names.filter((_, i) => !results[i]);
  if (failed.length) console.error(`failed: ${failed.join(', ')}`);
  process.exit(failed.length ? 1 : 0);
});
