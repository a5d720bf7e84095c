#!/usr/bin/env node
// `npm run build`, one at a time: `npm run start:api` and `npm run start:projector` started together each build
// first, and two compilers writing dist/ at once leave it broken. A build waits for the one running (the second
// is then an incremental no-op).
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const { oneAtATime } = require('./one-at-a-time');

const root = join(__dirname, '..');
const run = (bin, args) => spawnSync(process.execPath, [require.resolve(bin, { paths: [root] }), ...args], { cwd: root, stdio: 'inherit' }).status ?? 1;

const status = oneAtATime(
  join(root, 'dist', '.build-lock'),
  () => run('typescript/bin/tsc', ['-p', 'tsconfig.build.json']) || run('tsc-alias/dist/bin/index.js', ['-p', 'tsconfig.build.json']),
  (holder) => console.error(`another build (process ${holder}) is running; waiting for it`),
);
process.exit(status);
