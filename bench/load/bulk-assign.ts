import { Agent } from 'node:http';
import { pad } from '../dataset/random';
import { percentile } from '../stats';
import { httpCall } from './http-call';
import { LoadRequest, LoadResult } from './load';

type BulkAssignRequest = Extract<LoadRequest, { kind: 'bulk-assign' }>;

/** P2: one bulk assignment after the other, each listing its serials as an MES would send them. */
export async function bulkAssign(request: BulkAssignRequest): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true });
  const bodies = request.batches.map(({ prefix, first, count, width }) =>
    JSON.stringify({
      sku: request.sku,
      lotId: request.lotId,
      location: request.location,
      serials: Array.from({ length: count }, (_, i) => `${prefix}${pad(first + i, width)}`),
    }),
  );
  const latencies: number[] = [];
  let ok = 0;
  let assigned = 0;
  const started = performance.now();
  for (const body of bodies) {
    const answer = await httpCall(agent, 'POST', `${request.url}/v1/units/batch`, body, { authorization: request.authorization });
    latencies.push(answer.ms);
    if (answer.status === 201) {
      ok++;
      assigned += (JSON.parse(answer.body) as { assigned: number }).assigned;
    }
  }
  const ms = performance.now() - started;
  agent.destroy();
  return { requests: bodies.length, ok, ms, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), items: assigned };
}
