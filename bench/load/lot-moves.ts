import autocannon from 'autocannon';
import { HOME_STOCK_LEFT, homeOf, stockLotId } from '../lots/stock-dataset';
import { closedLoop } from './closed-loop';
import { LoadRequest, LoadResult } from './load';

type LotMovesRequest = Extract<LoadRequest, { kind: 'lot-moves' }>;

const QUANTITY = 1.5;
const TO = 'L3-BAY';

/**
 * L3 with autocannon: each request moves 1.5 KGM of the next lot of the pool from its home warehouse, so concurrent
 * requests touch different lots and every move is one the lot's stock allows. As P1's clients do, each command
 * carries an Idempotency-Key.
 */
export function lotMoves(request: LotMovesRequest): Promise<LoadResult> {
  const { first, count } = request.lots;
  let next = 0;
  const setupClient = (client: autocannon.Client) => {
    const setupRequest = (base: autocannon.Request): autocannon.Request => {
      const n = next++;
      const lot = first + (n % count);
      return {
        ...base,
        method: 'POST',
        path: `/v1/lots/${encodeURIComponent(stockLotId(lot))}/moves`,
        headers: { 'content-type': 'application/json', authorization: request.authorization, 'idempotency-key': `l3-${request.prefix}-${n}` },
        body: JSON.stringify({ from: homeOf(lot), to: TO, quantity: QUANTITY }),
      };
    };
    client.setRequests([{ setupRequest }]);
  };
  // Never more moves than the lots' stock at home allows.
  const maxRequests = count * Math.floor(HOME_STOCK_LEFT / QUANTITY);
  return closedLoop({ url: request.url, connections: request.connections, seconds: request.seconds, maxRequests }, setupClient);
}
