#!/usr/bin/env node
import 'reflect-metadata';
import { runCli } from './cli';

const interrupt = new AbortController();
// First Ctrl-C: finish the current page or batch and stop cleanly; a second one kills at once.
process.once('SIGINT', () => interrupt.abort());

runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr, signal: interrupt.signal }).then((code) => {
  process.exitCode = code;
});
