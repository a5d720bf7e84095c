import { Agent } from 'node:http';
import { percentile } from '../stats';
import { httpCall } from './http-call';
import { LoadRequest, LoadResult } from './load';

type PacedGetRequest = Extract<LoadRequest, { kind: 'paced-get' }>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Request `i`: a GET of its path, or a POST of it with its body. */
const send = (agent: Agent, request: PacedGetRequest, i: number) =>
  request.bodies
    ? httpCall(agent, 'POST', `${request.url}${request.paths[i]}`, JSON.stringify(request.bodies[i]), { authorization: request.authorization })
    : httpCall(agent, 'GET', `${request.url}${request.paths[i]}`, undefined, { authorization: request.authorization });

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
      send(agent, request, i).then(
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
