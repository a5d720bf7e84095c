import { fold, isLotEvent, LotEvent, lotDecider, micros, Micros, plus, quantityOf, tokenUnit, unitToken, ZERO } from '@trace/domain';
import { byClock, TimeClock, TimedEvent } from '../../analytics/time-travel/time-clock';
import { LotStockResponse } from './get-lot-stock.response';

const listed = <Item>(record: Record<string, Micros>, item: (key: string, quantity: number) => Item): Item[] =>
  Object.keys(record)
    .sort()
    .map((key) => item(key, quantityOf(record[key])));

/**
 * A lot's quantities by the clock: its places from the lot decider's own state, its totals from the events the
 * clock selects. Null when the lot did not exist yet.
 */
export function lotStockAt(history: TimedEvent[], clock: TimeClock): LotStockResponse | null {
  const events = byClock(history, clock).filter((event): event is TimedEvent & LotEvent => isLotEvent(event));
  const state = fold(lotDecider, events);
  if (!state.exists) return null;
  let produced = ZERO;
  let adjusted = ZERO;
  let disposed = ZERO;
  let lost = ZERO;
  const consumed: Record<string, Micros> = {};
  for (const event of events) {
    if (event.type === 'LotRegistered' && event.data.location !== undefined && event.data.quantity !== null) produced = micros(event.data.quantity);
    else if (event.type === 'LotAdjusted') adjusted = plus(adjusted, micros(event.data.quantity));
    else if (event.type === 'LotDisposed') disposed = plus(disposed, micros(event.data.quantity));
    else if (event.type === 'LotShipmentClosed') lost = plus(lost, micros(event.data.lostInTransit));
    else if (event.type === 'LotStockConsumed') {
      const target = event.data.intoUnit === null ? `lot ${event.data.intoLot}` : `unit ${unitToken(event.data.intoUnit)}`;
      consumed[target] = plus(consumed[target] ?? ZERO, micros(event.data.quantity));
    }
  }
  const shipments = Object.entries(state.shipments).filter(([, shipment]) => !shipment.closed && shipment.shipped !== shipment.received);
  return {
    lotId: state.lotId,
    sku: state.sku,
    uom: state.uom,
    expiresAt: state.expiresAt,
    produced: quantityOf(produced),
    atLocations: listed(state.atLocations, (location, quantity) => ({ location, quantity })),
    inTransit: shipments.map(([shipmentId, s]) => ({ shipmentId, to: s.to, quantity: quantityOf((s.shipped - s.received) as Micros) })),
    withCustomers: listed(state.withCustomers, (customer, quantity) => ({ customer, quantity })),
    consumed: listed(consumed, (target, quantity) => {
      const [kind, id] = [target.slice(0, target.indexOf(' ')), target.slice(target.indexOf(' ') + 1)];
      return kind === 'lot' ? { intoLot: id, quantity } : { intoUnit: tokenUnit(id), quantity };
    }),
    disposed: quantityOf(disposed),
    lostInTransit: quantityOf(lost),
    adjusted: quantityOf(adjusted),
  };
}
