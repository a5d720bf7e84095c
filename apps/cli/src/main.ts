#!/usr/bin/env node
import 'reflect-metadata';
import { runCli } from './cli';

const interrupt = new AbortController();
// First Ctrl-C: finish the current page or batch and stop cleanly; a second one kills at once.
process.once('SIGINT', () => interrupt.abort());

// A reader that goes away (`| head`) makes writes fail with EPIPE: print() sees the stream closed and the command ends
// quietly, instead of dying on an unhandled 'error' event.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  process.stdout.destroy();
});

void runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr, signal: interrupt.signal }).then((code) => {
  process.exitCode = code;
});
