import autocannon from 'autocannon';
import { EventEmitter } from 'node:events';
import { pad } from '../dataset/random';
import { closedLoop } from './closed-loop';
import { LoadRequest, LoadResult } from './load';

type UnitLivesRequest = Extract<LoadRequest, { kind: 'unit-lives' }>;

/** A unit's life after its serial was assigned: every command is valid after the one before it. */
const LIFE: Array<{ route: string; body: string }> = [
  { route: 'moves', body: { to: 'WH-BENCH-B', reason: 'rebalance' } },
  { route: 'shipments', body: { to: 'DC-EAST' } },
  { route: 'receipts', body: { by: 'DC-EAST', location: 'DC-EAST/BAY-1' } },
  { route: 'sale', body: { customer: 'ACME', receipt: 'INV-42' } },
  { route: 'returns', body: { reason: 'leaks at the inlet', location: 'DC-EAST/RMA' } },
  { route: 'repairs', body: { description: 'new inlet seal' } },
].map(({ route, body }) => ({ route, body: JSON.stringify(body) }));

/**
 * P1 with autocannon: each connection takes a fresh unit from the shared pool and sends its life one command at
 * a time (autocannon sends the next request only after the answer), so every command is accepted. A refused or
 * timed-out command abandons that unit rather than send commands its state would refuse.
 */
export function unitLives(request: UnitLivesRequest): Promise<LoadResult> {
  const { sku, serials } = request;
  let nextUnit = 0;

  const setupClient = (client: autocannon.Client) => {
    let unit = -1;
    let step = LIFE.length;
    let abandon = false;
    client.on('response', (status: number) => (abandon = status < 200 || status >= 300));
    // autocannon's client emits 'timeout' before resending; its typings do not declare the event.
    (client as EventEmitter).on('timeout', () => (abandon = true));
    const setupRequest = (base: autocannon.Request): autocannon.Request => {
      if (abandon || ++step >= LIFE.length) {
        unit = nextUnit++ % serials.count;
        step = 0;
        abandon = false;
      }
      const serial = `${serials.prefix}${pad(serials.first + unit, serials.width)}`;
      const { route, body } = LIFE[step];
      return {
        ...base,
        method: 'POST',
        path: `/v1/units/${encodeURIComponent(sku)}/${encodeURIComponent(serial)}/${route}`,
        headers: { 'content-type': 'application/json', authorization: request.authorization, 'idempotency-key': `p1-${serial}-${step}` },
        body,
      };
    };
    client.setRequests([{ setupRequest }]);
  };

  // Bounded in count too: never more commands than the pool's lives hold.
  return closedLoop({ url: request.url, connections: request.connections, seconds: request.seconds, maxRequests: serials.count * LIFE.length }, setupClient);
}
