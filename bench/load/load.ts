import { fork } from 'node:child_process';
import { join } from 'node:path';

/** Serials `prefix` + zero-padded `first` … `first+count-1`, as the bulk endpoint's range form numbers them. */
export interface SerialRange {
  prefix: string;
  first: number;
  count: number;
  width: number;
}

/** Where the load goes: the API's base URL, and the Authorization header every request sends. */
export interface Target {
  url: string;
  authorization: string;
}

export type LoadRequest =
  /** P1: `connections` clients, each walking its own units through their life, one command at a time. */
  | ({ kind: 'unit-lives'; connections: number; seconds: number; sku: string; serials: SerialRange } & Target)
  /**
   * P4, P5, S2: GETs of `paths` sent at a steady `rate`, whether or not earlier answers arrived (open loop); with
   * `bodies`, POSTs of each path with its body (a query that records what was asked, as a verification does).
   */
  | ({ kind: 'paced-get'; rate: number; paths: string[]; bodies?: unknown[] } & Target)
  /** P2: bulk assignments sent one after the other, each a list of serials. */
  | ({ kind: 'bulk-assign'; sku: string; lotId: string; location: string; batches: SerialRange[] } & Target)
  /** O1: `count` new serials assigned one per request, sent at a steady `rate` (open loop). */
  | ({ kind: 'paced-commands'; rate: number; count: number; sku: string; prefix: string } & Target)
  /** L3: `connections` clients moving stock of the stock data set's lots `first` … `first+count-1`, one lot after the other. */
  | ({ kind: 'lot-moves'; connections: number; seconds: number; lots: { first: number; count: number }; prefix: string } & Target);

export interface LoadResult {
  requests: number;
  /** Answers with a 2xx status. */
  ok: number;
  ms: number;
  p50Ms: number;
  p99Ms: number;
  /** What the requests carried: commands, GETs, or serials assigned for P2. */
  items: number;
}

/** O1: besides the accepted commands (ok, p50, p99), those refused with 503 and those that got no answer at all. */
export interface OverloadResult extends LoadResult {
  offeredPerSecond: number;
  refused: number;
  refusedP99Ms: number;
  lost: number;
  /** Answers other than 201 and 503. */
  other: number;
}

/** Runs the load generator in its own process, so client work never competes with the measured server's event loop. */
export function runLoad<Request extends LoadRequest>(request: Request): Promise<Request extends { kind: 'paced-commands' } ? OverloadResult : LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'load-child.js'), [], { stdio: ['ignore', process.stderr, 'inherit', 'ipc'] });
    let result: (Request extends { kind: 'paced-commands' } ? OverloadResult : LoadResult) | undefined;
    child.on('message', (message) => (result = message as typeof result));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`load generator (${request.kind}) exited with code ${code}`))));
    child.send(request);
  });
}
