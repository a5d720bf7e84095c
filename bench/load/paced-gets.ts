import { Agent } from 'node:http';
import { percentile } from '../stats';
import { httpCall } from './http-call';
import { LoadRequest, LoadResult } from './load';

type PacedGetRequest = Extract<LoadRequest, { kind: 'paced-get' }>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Open-loop load: request i leaves at start + i/rate whether or not earlier answers arrived, so a slow answer
 * cannot hold back the requests behind it and hide its own cost. Latency runs from sending to the last byte.
 */
export async function pacedGets(request: PacedGetRequest): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const latencies: number[] = [];
  let ok = 0;
  const intervalMs = 1000 / request.rate;
  const started = performance.now();
  const inFlight: Array<Promise<void>> = [];
  for (let i = 0; i < request.paths.length; i++) {
    const wait = started + i * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(
      httpCall(agent, 'GET', `${request.url}${request.paths[i]}`, undefined, { authorization: request.authorization }).then(
        (answer) => {
          latencies.push(answer.ms);
          if (answer.status === 200) ok++;
        },
        () => undefined,
      ),
    );
  }
  await Promise.all(inFlight);
  const ms = performance.now() - started;
  agent.destroy();
  return { requests: request.paths.length, ok, ms, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), items: ok };
}
