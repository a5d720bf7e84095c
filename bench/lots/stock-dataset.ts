import { AppendRequest } from '@trace/event-store';
import { warehouse } from '../dataset/plan';
import { pad } from '../dataset/random';
import { LotLog } from './lot-log';

/** What each lot of the stock data set is registered with, at its home warehouse. */
export const STOCK_LOT = { quantity: 1000, uom: 'KGM' } as const;
/** Every lot keeps at least this much at home whatever the data set did with it: L3 moves draw on it. */
export const HOME_STOCK_LEFT = 600;

export const stockLotId = (lot: number): string => `BULK-${pad(lot, 6)}`;
/** Where a lot's stock was registered, and what L3 moves it from. */
export const homeOf = (lot: number): string => warehouse(lot);

const START = Date.UTC(2025, 0, 1);
const MINUTE_MS = 60_000;
const LOTS_PER_BATCH = 1_000;

/**
 * Lot-tracked goods as the API would have recorded them, one lot a minute: each registered with 1,000 KGM at its
 * home warehouse; every second lot has 250.5 moved to another warehouse, every fifth sells 12.25 to a customer,
 * and every tenth is made from 100 of the lot before it (so its input's stock shows a consumption). A stock
 * answer holds one or two locations, a customer or none, a consumption or none. Batches of 1,000 lots.
 */
export function* stockLotAppends(lots: number): Generator<AppendRequest[]> {
  const log = new LotLog();
  for (let lot = 0; lot < lots; lot++) {
    const occurredAt = new Date(START + lot * MINUTE_MS).toISOString();
    const lotId = stockLotId(lot);
    const home = homeOf(lot);
    const expiresAt = `${Number(occurredAt.slice(0, 4)) + 3}${occurredAt.slice(4, 10)}`;
    log.register(
      { lotId, sku: `RESIN-${pad(lot % 50, 2)}`, producedAt: occurredAt.slice(0, 10), expiresAt, site: home, ...STOCK_LOT, location: home },
      occurredAt,
    );
    if (lot % 2 === 0) log.change({ type: 'MoveLotStock', lotId, from: home, to: warehouse(lot + 5), quantity: 250.5 }, occurredAt);
    if (lot % 5 === 0) {
      log.change({ type: 'SellLot', lotId, from: home, customer: `CUST-${pad(lot % 5_000, 4)}`, quantity: 12.25, receipt: `INV-${pad(lot, 7)}` }, occurredAt);
    }
    if (lot % 10 === 9) log.consume(stockLotId(lot - 1), homeOf(lot - 1), 100, lotId, occurredAt);
    if (lot % LOTS_PER_BATCH === LOTS_PER_BATCH - 1 || lot === lots - 1) yield log.take();
  }
}
