import { RuleViolation } from '../shared/errors';
import { given } from '../testing/given-when-then';
import { lotDecider } from './lot.decider';
import { LotEvent } from './lot.events';

const AT = '2026-03-01T00:00:00.000Z';
const flour: LotEvent = {
  type: 'LotRegistered',
  data: { lotId: 'FLOUR-1', sku: 'FLOUR', producedAt: null, expiresAt: '2026-06-01T00:00:00.000Z', site: null, quantity: 100.5, uom: 'KGM', location: 'MILL' },
};
const lot = 'FLOUR-1';

describe('lot decider: quantities', () => {
  it('puts a registered quantity in stock at its location, in its unit of measure', () => {
    given(lotDecider)
      .when({ type: 'RegisterLot', lotId: lot, sku: 'FLOUR', quantity: 100.5, uom: 'KGM', location: 'MILL', expiresAt: '2026-06-01T00:00:00.000Z' })
      .then([flour]);
  });

  it('moves stock with exact decimals: 0.1 + 0.2 taken from 0.3 leaves nothing', () => {
    const small: LotEvent = { type: 'LotRegistered', data: { ...(flour as Extract<LotEvent, { type: 'LotRegistered' }>).data, quantity: 0.3 } };
    const moved = (quantity: number): LotEvent => ({ type: 'LotStockMoved', data: { lotId: lot, from: 'MILL', to: 'BAKERY', quantity } });
    given(lotDecider, [small, moved(0.1), moved(0.2)])
      .when({ type: 'MoveLotStock', lotId: lot, occurredAt: AT, from: 'MILL', to: 'BAKERY', quantity: 0.000001 })
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 0 KGM at MILL, not 0.000001' });
    given(lotDecider, [small, moved(0.1)])
      .when({ type: 'MoveLotStock', lotId: lot, occurredAt: AT, from: 'MILL', to: 'BAKERY', quantity: 0.2 })
      .then([moved(0.2)]);
  });

  it('ships, receives part, refuses a receipt beyond what is in transit, and writes off the rest on close', () => {
    const shipped: LotEvent = { type: 'LotShipped', data: { lotId: lot, shipmentId: 'SH-1', from: 'MILL', to: 'BAKERY-CO', quantity: 40 } };
    const received: LotEvent = { type: 'LotReceived', data: { lotId: lot, shipmentId: 'SH-1', by: 'BAKERY-CO', location: 'BAKERY', quantity: 30 } };
    given(lotDecider, [flour])
      .when({ type: 'ShipLot', lotId: lot, occurredAt: AT, shipmentId: 'SH-1', from: 'MILL', to: 'BAKERY-CO', quantity: 40 })
      .then([shipped]);
    given(lotDecider, [flour, shipped, received])
      .when({ type: 'ReceiveLot', lotId: lot, occurredAt: AT, shipmentId: 'SH-1', by: 'BAKERY-CO', location: 'BAKERY', quantity: 10.000001 })
      .thenThrows(RuleViolation, { rule: 'receipt-exceeds-shipment' });
    given(lotDecider, [flour, shipped, received])
      .when({ type: 'CloseLotShipment', lotId: lot, occurredAt: AT, shipmentId: 'SH-1', reason: 'pallet lost' })
      .then([{ type: 'LotShipmentClosed', data: { lotId: lot, shipmentId: 'SH-1', lostInTransit: 10, reason: 'pallet lost' } }]);
  });

  it('sells to a customer and takes back no more than the customer holds', () => {
    const sold: LotEvent = { type: 'LotSold', data: { lotId: lot, from: 'MILL', customer: 'ACME', quantity: 5, receipt: 'R-1' } };
    given(lotDecider, [flour, sold])
      .when({ type: 'ReturnLot', lotId: lot, occurredAt: AT, customer: 'ACME', location: 'MILL', quantity: 6, reason: 'damp' })
      .thenThrows(RuleViolation, { rule: 'return-exceeds-sale' });
    given(lotDecider, [flour, sold])
      .when({ type: 'ReturnLot', lotId: lot, occurredAt: AT, customer: 'OTHER', location: 'MILL', quantity: 1, reason: 'damp' })
      .thenThrows(RuleViolation, { rule: 'return-exceeds-sale' });
  });

  it('refuses shipping or selling an expired lot from its expiry on, and still lets it be disposed of', () => {
    const expiry = '2026-06-01T00:00:00.000Z';
    given(lotDecider, [flour])
      .when({ type: 'SellLot', lotId: lot, occurredAt: expiry, from: 'MILL', customer: 'ACME', quantity: 1, receipt: 'R-2' })
      .thenThrows(RuleViolation, { rule: 'expired' });
    given(lotDecider, [flour])
      .when({ type: 'ShipLot', lotId: lot, occurredAt: '2026-05-31T23:59:59.999Z', shipmentId: 'SH-2', from: 'MILL', to: 'X', quantity: 1 })
      .then([{ type: 'LotShipped', data: { lotId: lot, shipmentId: 'SH-2', from: 'MILL', to: 'X', quantity: 1 } }]);
    given(lotDecider, [flour])
      .when({ type: 'DisposeLot', lotId: lot, occurredAt: expiry, from: 'MILL', quantity: 100.5, reason: 'expired' })
      .then([{ type: 'LotDisposed', data: { lotId: lot, from: 'MILL', quantity: 100.5, reason: 'expired' } }]);
  });

  it('refuses shipping or selling a recalled lot, naming the recall; moves and disposals stay allowed', () => {
    const recalled: LotEvent = { type: 'LotRecalled', data: { recallId: 'RC-1', lotId: lot, reason: 'mould', severity: 'high', recalledAt: AT } };
    given(lotDecider, [flour, recalled])
      .when({ type: 'SellLot', lotId: lot, occurredAt: AT, from: 'MILL', customer: 'ACME', quantity: 1, receipt: 'R-3' })
      .thenThrows(RuleViolation, { rule: 'quarantined', message: 'lot FLOUR-1 is quarantined by recall RC-1' });
    given(lotDecider, [flour, recalled])
      .when({ type: 'MoveLotStock', lotId: lot, occurredAt: AT, from: 'MILL', to: 'QUARANTINE', quantity: 100.5 })
      .then([{ type: 'LotStockMoved', data: { lotId: lot, from: 'MILL', to: 'QUARANTINE', quantity: 100.5 } }]);
  });

  it('adjusts either way, never below zero', () => {
    given(lotDecider, [flour])
      .when({ type: 'AdjustLot', lotId: lot, occurredAt: AT, location: 'MILL', quantity: -100.500001, reason: 'count' })
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity' });
    given(lotDecider, [flour])
      .when({ type: 'AdjustLot', lotId: lot, occurredAt: AT, location: 'MILL', quantity: -0.5, reason: 'samples' })
      .then([{ type: 'LotAdjusted', data: { lotId: lot, location: 'MILL', quantity: -0.5, reason: 'samples' } }]);
  });
});
