import autocannon from 'autocannon';
import { percentile } from '../stats';
import { LoadResult } from './load';

/**
 * Closed-loop load with autocannon: `connections` clients, each sending its next request only once the answer to
 * the one before arrived, for `seconds` or at most `maxRequests`. `setupClient` gives each client its requests;
 * every answer is timed and the 2xx ones counted.
 */
export function closedLoop(
  options: { url: string; connections: number; seconds: number; maxRequests: number },
  setupClient: (client: autocannon.Client) => void,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let ok = 0;
  let requests = 0;
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const instance = autocannon(
      { url: options.url, connections: options.connections, duration: options.seconds, maxOverallRequests: options.maxRequests, setupClient },
      (error) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        resolve({ requests, ok, ms, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), items: ok });
      },
    );
    instance.on('response', (_client, status, _bytes, responseMs) => {
      requests++;
      if (status >= 200 && status < 300) ok++;
      latencies.push(responseMs);
    });
  });
}
