import autocannon from 'autocannon';
import { percentile } from '../stats';
import { LoadRequest, OverloadResult } from './load';

type PacedCommandsRequest = Extract<LoadRequest, { kind: 'paced-commands' }>;

/** Connections of the load generator: enough that a refusal's round trip never holds the offered rate back. */
const CONNECTIONS = 256;

/**
 * O1: commands offered at a steady overall rate (autocannon, many connections, so the rate holds whatever the
 * answers), each assigning a new serial, so every one the service accepts is valid. Accepted and refused answers
 * are timed apart; a request that gets no answer (a time-out or a broken connection) counts as lost.
 */
export function pacedCommands(request: PacedCommandsRequest): Promise<OverloadResult> {
  const accepted: number[] = [];
  const refused: number[] = [];
  let other = 0;
  let next = 0;
  const setupClient = (client: autocannon.Client) => {
    client.setRequests([
      {
        setupRequest: (base: autocannon.Request): autocannon.Request => ({
          ...base,
          method: 'POST',
          path: '/v1/units',
          headers: { 'content-type': 'application/json', authorization: request.authorization },
          body: JSON.stringify({ sku: request.sku, serial: `${request.prefix}${next++}`, location: 'WH-O1' }),
        }),
      },
    ]);
  };
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const instance = autocannon(
      { url: request.url, connections: CONNECTIONS, overallRate: request.rate, amount: request.count, timeout: 10, setupClient },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const answered = accepted.length + refused.length + other;
        resolve({
          requests: request.count,
          ok: accepted.length,
          ms,
          p50Ms: percentile(accepted, 50),
          p99Ms: percentile(accepted, 99),
          items: accepted.length,
          offeredPerSecond: (result.requests.sent * 1000) / ms,
          refused: refused.length,
          refusedP99Ms: percentile(refused, 99),
          lost: result.timeouts + result.errors + result.resets + Math.max(0, request.count - answered),
          other,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, responseMs) => {
      if (status === 201) accepted.push(responseMs);
      else if (status === 503) refused.push(responseMs);
      else other++;
    });
  });
}
