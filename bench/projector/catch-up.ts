import { fork } from 'node:child_process';
import { join } from 'node:path';

export interface CatchUpRequest {
  eventsFile: string;
  /** A read store file that does not exist yet: the catch-up starts from position 0. */
  readFile: string;
  /** `batched`: the real Projector; `one-by-one`: one transaction per event. */
  mode: 'batched' | 'one-by-one';
}

export interface CatchUpResult {
  events: number;
  ms: number;
  /** Peak resident set size of the whole projector process (getrusage maxrss). */
  peakRssMb: number;
}

/** Runs a catch-up in its own process, so its peak RSS is the projector's alone. */
export function catchUp(request: CatchUpRequest): Promise<CatchUpResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'catch-up-child.js'), [JSON.stringify(request)], { stdio: ['ignore', process.stderr, 'inherit', 'ipc'] });
    let result: CatchUpResult | undefined;
    child.on('message', (message) => (result = message as CatchUpResult));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`catch-up child (${request.mode}) exited with code ${code}`))));
  });
}
