import { AlreadyExists, InvalidInput, InvalidReference, NotFound, RuleViolation } from '../shared/errors';
import { given } from '../testing/given-when-then';
import { LotChangeCommand } from './lot.commands';
import { lotDecider } from './lot.decider';
import { LotEvent, LotRegistered } from './lot.events';

const lot = 'FLOUR-1';
const AT = '2026-03-01T00:00:00.000Z';
const EXPIRY = '2026-06-01T00:00:00.000Z';
const JUST_BEFORE_EXPIRY = '2026-05-31T23:59:59.999Z';
const AFTER_EXPIRY = '2026-07-01T00:00:00.000Z';

const flourData: LotRegistered['data'] = {
  lotId: lot,
  sku: 'FLOUR',
  producedAt: null,
  expiresAt: EXPIRY,
  site: null,
  quantity: 100.5,
  uom: 'KGM',
  location: 'MILL',
};
const flour: LotRegistered = { type: 'LotRegistered', data: flourData };
/** The flour lot with `changes` to what it was registered with. */
const flourWith = (changes: Partial<LotRegistered['data']>): LotRegistered => ({ type: 'LotRegistered', data: { ...flourData, ...changes } });

const moved = (quantity: number, remaining: number, from = 'MILL', to = 'BAKERY'): LotEvent => ({
  type: 'LotStockMoved',
  data: { lotId: lot, from, to, quantity, remaining },
});
const shipped = (quantity: number, remaining: number, shipmentId = 'SH-1'): LotEvent => ({
  type: 'LotShipped',
  data: { lotId: lot, shipmentId, from: 'MILL', to: 'BAKERY-CO', quantity, remaining },
});
const received = (quantity: number, shipmentId = 'SH-1'): LotEvent => ({
  type: 'LotReceived',
  data: { lotId: lot, shipmentId, by: 'BAKERY-CO', location: 'BAKERY', quantity },
});
const closed = (lostInTransit: number, shipmentId = 'SH-1'): LotEvent => ({
  type: 'LotShipmentClosed',
  data: { lotId: lot, shipmentId, to: 'BAKERY-CO', lostInTransit, reason: 'pallet lost' },
});
const sold = (quantity: number, remaining: number, customer = 'ACME'): LotEvent => ({
  type: 'LotSold',
  data: { lotId: lot, from: 'MILL', customer, quantity, receipt: 'R-1', remaining },
});
const recalled = (recallId = 'RC-1', recalledAt = AT): LotEvent => ({
  type: 'LotRecalled',
  data: { lotId: lot, recallId, reason: 'mould', severity: 'high', recalledAt },
});
const recallResolved = (recallId = 'RC-1'): LotEvent => ({
  type: 'LotRecallResolved',
  data: { lotId: lot, recallId, action: 'released', note: null },
});

const move = (quantity: number, from = 'MILL', to = 'BAKERY', occurredAt = AT): LotChangeCommand => ({
  type: 'MoveLotStock',
  lotId: lot,
  occurredAt,
  from,
  to,
  quantity,
});
const ship = (quantity: number, shipmentId = 'SH-1', occurredAt = AT): LotChangeCommand => ({
  type: 'ShipLot',
  lotId: lot,
  occurredAt,
  shipmentId,
  from: 'MILL',
  to: 'BAKERY-CO',
  quantity,
});
const receive = (quantity: number, shipmentId = 'SH-1'): LotChangeCommand => ({
  type: 'ReceiveLot',
  lotId: lot,
  occurredAt: AT,
  shipmentId,
  by: 'BAKERY-CO',
  location: 'BAKERY',
  quantity,
});
const close = (shipmentId = 'SH-1'): LotChangeCommand => ({ type: 'CloseLotShipment', lotId: lot, occurredAt: AT, shipmentId, reason: 'pallet lost' });
const sell = (quantity: number, occurredAt = AT, customer = 'ACME'): LotChangeCommand => ({
  type: 'SellLot',
  lotId: lot,
  occurredAt,
  from: 'MILL',
  customer,
  quantity,
  receipt: 'R-1',
});
const giveBack = (quantity: number, customer = 'ACME'): LotChangeCommand => ({
  type: 'ReturnLot',
  lotId: lot,
  occurredAt: AT,
  customer,
  location: 'MILL',
  quantity,
  reason: 'damp',
});
const adjust = (quantity: number, location = 'MILL'): LotChangeCommand => ({
  type: 'AdjustLot',
  lotId: lot,
  occurredAt: AT,
  location,
  quantity,
  reason: 'count',
});
const dispose = (quantity: number, occurredAt = AT): LotChangeCommand => ({
  type: 'DisposeLot',
  lotId: lot,
  occurredAt,
  from: 'MILL',
  quantity,
  reason: 'destroyed',
});
const consumeInto = (quantity: number, into: { intoLot?: string; intoUnit?: { sku: string; serial: string } }, occurredAt = AT): LotChangeCommand => ({
  type: 'ConsumeLotStock',
  lotId: lot,
  occurredAt,
  from: 'MILL',
  quantity,
  ...into,
});

describe('lot decider: registering stock', () => {
  it('puts a quantity registered with a location in stock there, in its unit of measure', () => {
    given(lotDecider).when({ type: 'RegisterLot', lotId: lot, sku: 'FLOUR', quantity: 100.5, uom: 'KGM', location: 'MILL', expiresAt: EXPIRY }).then([flour]);
    given(lotDecider, [flour])
      .when(move(100.5))
      .then([moved(100.5, 0)]);
    given(lotDecider, [flour])
      .when(move(100.500001))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 100.5 KGM at MILL, not 100.500001' });
  });

  it('refuses a location without a quantity', () => {
    given(lotDecider)
      .when({ type: 'RegisterLot', lotId: lot, sku: 'FLOUR', location: 'MILL' })
      .thenThrows(InvalidInput, { problems: [{ field: 'quantity', message: 'is needed with a location: the quantity in stock there' }] });
  });

  it('counts a lot registered without a unit of measure in EA', () => {
    const pumps: LotEvent = {
      type: 'LotRegistered',
      data: { lotId: lot, sku: 'PUMP', producedAt: null, expiresAt: null, site: null, quantity: 10, location: 'MILL' },
    };
    given(lotDecider).when({ type: 'RegisterLot', lotId: lot, sku: 'PUMP', quantity: 10, location: 'MILL' }).then([pumps]);
    given(lotDecider, [pumps]).when(move(11)).thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 10 EA at MILL, not 11' });
  });

  it('puts nothing in stock for a quantity registered without a location (a declared size)', () => {
    given(lotDecider, [flourWith({ location: undefined })])
      .when(move(1))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 0 KGM at MILL, not 1' });
  });
});

describe('lot decider: exact decimals', () => {
  const small = flourWith({ quantity: 0.3 });

  it('leaves exactly 0.2 when 0.1 is moved from 0.3', () => {
    given(lotDecider, [small])
      .when(move(0.1))
      .then([moved(0.1, 0.2)]);
  });

  it('leaves nothing when 0.1 and 0.2 are moved from 0.3', () => {
    given(lotDecider, [small, moved(0.1, 0.2)])
      .when(move(0.2))
      .then([moved(0.2, 0)]);
    given(lotDecider, [small, moved(0.1, 0.2), moved(0.2, 0)])
      .when(move(0.000001))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 0 KGM at MILL, not 0.000001' });
  });

  it('adds 0.1 and 0.2 arriving at a place up to exactly 0.3', () => {
    given(lotDecider, [small, moved(0.1, 0.2), moved(0.2, 0)])
      .when(move(0.3, 'BAKERY', 'SHOP'))
      .then([moved(0.3, 0, 'BAKERY', 'SHOP')]);
  });

  it('adjusts 0.3 down by 0.1 to exactly 0.2', () => {
    given(lotDecider, [small])
      .when(adjust(-0.1))
      .then([{ type: 'LotAdjusted', data: { lotId: lot, location: 'MILL', quantity: -0.1, reason: 'count', remaining: 0.2 } }]);
  });
});

describe('lot decider: moves', () => {
  it('moves stock and says what is left where it was taken from', () => {
    given(lotDecider, [flour])
      .when(move(40.25))
      .then([moved(40.25, 60.25)]);
  });

  it('refuses moving more than is there, naming what is there', () => {
    given(lotDecider, [flour, moved(40.25, 60.25)])
      .when(move(60.5))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 60.25 KGM at MILL, not 60.5' });
    given(lotDecider, [flour])
      .when(move(1, 'NOWHERE'))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 0 KGM at NOWHERE, not 1' });
  });

  it('refuses a move to where the stock already is', () => {
    given(lotDecider, [flour])
      .when(move(1, 'MILL', 'MILL'))
      .thenThrows(InvalidInput, { problems: [{ field: 'to', message: 'must differ from from' }] });
  });

  it('still moves a quarantined or expired lot (into quarantine, say)', () => {
    given(lotDecider, [flour, recalled()])
      .when(move(100.5, 'MILL', 'QUARANTINE'))
      .then([moved(100.5, 0, 'MILL', 'QUARANTINE')]);
    given(lotDecider, [flour])
      .when(move(100.5, 'MILL', 'QUARANTINE', AFTER_EXPIRY))
      .then([moved(100.5, 0, 'MILL', 'QUARANTINE')]);
  });
});

describe('lot decider: shipments', () => {
  it('ships stock into transit, saying what is left where it was shipped from', () => {
    given(lotDecider, [flour])
      .when(ship(40))
      .then([shipped(40, 60.5)]);
  });

  it('refuses a shipment id the lot already has, open or closed', () => {
    given(lotDecider, [flour, shipped(40, 60.5)])
      .when(ship(1))
      .thenThrows(AlreadyExists);
    given(lotDecider, [flour, shipped(40, 60.5), closed(40)])
      .when(ship(1))
      .thenThrows(AlreadyExists);
  });

  it('refuses shipping more than is there', () => {
    given(lotDecider, [flour, shipped(40, 60.5)])
      .when(ship(60.500001, 'SH-2'))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 60.5 KGM at MILL, not 60.500001' });
  });

  it('refuses shipping a quarantined lot, naming the recall', () => {
    given(lotDecider, [flour, recalled()])
      .when(ship(1))
      .thenThrows(RuleViolation, { rule: 'quarantined', message: 'lot FLOUR-1 is quarantined by recall RC-1: resolve it for that recall first' });
  });

  it('ships until the instant of expiry, not from it on', () => {
    given(lotDecider, [flour])
      .when(ship(1, 'SH-1', JUST_BEFORE_EXPIRY))
      .then([shipped(1, 99.5)]);
    given(lotDecider, [flour])
      .when(ship(1, 'SH-1', EXPIRY))
      .thenThrows(RuleViolation, { rule: 'expired', message: `lot FLOUR-1 expired at ${EXPIRY}` });
    given(lotDecider, [flour])
      .when(ship(1, 'SH-1', AFTER_EXPIRY))
      .thenThrows(RuleViolation, { rule: 'expired' });
  });

  it('receives part of a shipment, then the rest, into stock at the receiving location', () => {
    given(lotDecider, [flour, shipped(40, 60.5)])
      .when(receive(30))
      .then([received(30)]);
    given(lotDecider, [flour, shipped(40, 60.5), received(30)])
      .when(receive(10))
      .then([received(10)]);
    given(lotDecider, [flour, shipped(40, 60.5), received(30)])
      .when(move(30, 'BAKERY', 'SHOP'))
      .then([moved(30, 0, 'BAKERY', 'SHOP')]);
    given(lotDecider, [flour, shipped(40, 60.5), received(30)])
      .when(move(30.000001, 'BAKERY', 'SHOP'))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 30 KGM at BAKERY, not 30.000001' });
  });

  it('refuses a receipt beyond what is still in transit', () => {
    given(lotDecider, [flour, shipped(40, 60.5), received(30)])
      .when(receive(10.000001))
      .thenThrows(RuleViolation, { rule: 'receipt-exceeds-shipment', message: 'shipment SH-1 of lot FLOUR-1 has 10 KGM in transit, not 10.000001' });
    given(lotDecider, [flour, shipped(40, 60.5), received(30), received(10)])
      .when(receive(0.000001))
      .thenThrows(RuleViolation, { rule: 'receipt-exceeds-shipment' });
  });

  it('refuses a receipt into a shipment the lot does not have', () => {
    given(lotDecider, [flour]).when(receive(1, 'SH-9')).thenThrows(NotFound, { message: 'lot FLOUR-1 has no shipment SH-9' });
  });

  it('refuses a receipt into a closed shipment', () => {
    given(lotDecider, [flour, shipped(40, 60.5), received(30), closed(10)])
      .when(receive(1))
      .thenThrows(RuleViolation, { rule: 'shipment-closed', message: 'shipment SH-1 of lot FLOUR-1 is closed' });
  });

  it('closes a shipment writing off exactly what was shipped and not received, to whom it went', () => {
    given(lotDecider, [flour, shipped(40, 60.5), received(30)])
      .when(close())
      .then([closed(10)]);
    given(lotDecider, [flour, shipped(40, 60.5)])
      .when(close())
      .then([closed(40)]);
    given(lotDecider, [flour, shipped(40, 60.5), received(30), received(10)])
      .when(close())
      .then([closed(0)]);
    given(lotDecider, [flourWith({ quantity: 0.3 }), shipped(0.3, 0), received(0.1)])
      .when(close())
      .then([closed(0.2)]);
  });

  it('closes a shipment once', () => {
    given(lotDecider, [flour, shipped(40, 60.5), closed(40)])
      .when(close())
      .thenThrows(RuleViolation, { rule: 'shipment-closed' });
    given(lotDecider, [flour]).when(close('SH-9')).thenThrows(NotFound);
  });
});

describe('lot decider: sales', () => {
  it('sells stock to a customer, saying what is left where it was sold from', () => {
    given(lotDecider, [flour])
      .when(sell(5))
      .then([sold(5, 95.5)]);
  });

  it('refuses selling more than is there', () => {
    given(lotDecider, [flour, sold(100, 0.5)])
      .when(sell(0.6))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 0.5 KGM at MILL, not 0.6' });
  });

  it('refuses selling a quarantined lot, naming the recall', () => {
    given(lotDecider, [flour, recalled()])
      .when(sell(1))
      .thenThrows(RuleViolation, { rule: 'quarantined', message: 'lot FLOUR-1 is quarantined by recall RC-1: resolve it for that recall first' });
  });

  it('still records a sale that happened before the recall', () => {
    const recalledAt = '2026-03-10T00:00:00.000Z';
    given(lotDecider, [flour, recalled('RC-1', recalledAt)])
      .when(sell(1, '2026-03-09T23:59:59.999Z'))
      .then([sold(1, 99.5)]);
    given(lotDecider, [flour, recalled('RC-1', recalledAt)])
      .when(sell(1, recalledAt))
      .thenThrows(RuleViolation, { rule: 'quarantined' });
  });

  it('sells again once the hold is resolved, but not while another recall holds the lot', () => {
    given(lotDecider, [flour, recalled(), recallResolved()])
      .when(sell(1))
      .then([sold(1, 99.5)]);
    given(lotDecider, [flour, recalled('RC-1'), recalled('RC-2'), recallResolved('RC-1')])
      .when(sell(1))
      .thenThrows(RuleViolation, { rule: 'quarantined', message: 'lot FLOUR-1 is quarantined by recall RC-2: resolve it for that recall first' });
  });

  it('judges expiry at the sale: allowed strictly before expiresAt, refused at it and after', () => {
    given(lotDecider, [flour])
      .when(sell(1, JUST_BEFORE_EXPIRY))
      .then([sold(1, 99.5)]);
    given(lotDecider, [flour])
      .when(sell(1, EXPIRY))
      .thenThrows(RuleViolation, { rule: 'expired', message: `lot FLOUR-1 expired at ${EXPIRY}` });
    given(lotDecider, [flour]).when(sell(1, AFTER_EXPIRY)).thenThrows(RuleViolation, { rule: 'expired' });
  });

  it('reads a date-only expiresAt as midnight UTC', () => {
    const dated = flourWith({ expiresAt: '2026-06-01' });
    given(lotDecider, [dated])
      .when(sell(1, JUST_BEFORE_EXPIRY))
      .then([sold(1, 99.5)]);
    given(lotDecider, [dated])
      .when(sell(1, '2026-06-01T00:59:59.999+01:00'))
      .then([sold(1, 99.5)]);
    given(lotDecider, [dated])
      .when(sell(1, '2026-06-01T00:00:00Z'))
      .thenThrows(RuleViolation, { rule: 'expired', message: 'lot FLOUR-1 expired at 2026-06-01' });
    given(lotDecider, [dated]).when(sell(1, '2026-06-01T01:00+01:00')).thenThrows(RuleViolation, { rule: 'expired' });
  });
});

describe('lot decider: returns', () => {
  it('takes stock back from a customer, saying what the customer still holds', () => {
    given(lotDecider, [flour, sold(5, 95.5)])
      .when(giveBack(1.5))
      .then([{ type: 'LotReturned', data: { lotId: lot, customer: 'ACME', location: 'MILL', quantity: 1.5, reason: 'damp', remaining: 3.5 } }]);
    given(lotDecider, [flour, sold(5, 95.5)])
      .when(giveBack(5))
      .then([{ type: 'LotReturned', data: { lotId: lot, customer: 'ACME', location: 'MILL', quantity: 5, reason: 'damp', remaining: 0 } }]);
  });

  it('puts returned stock back at the location', () => {
    const returned: LotEvent = { type: 'LotReturned', data: { lotId: lot, customer: 'ACME', location: 'MILL', quantity: 5, reason: 'damp', remaining: 0 } };
    given(lotDecider, [flour, sold(100.5, 0), returned])
      .when(move(5))
      .then([moved(5, 0)]);
  });

  it('refuses taking back more than the customer holds, per customer', () => {
    given(lotDecider, [flour, sold(5, 95.5)])
      .when(giveBack(5.000001))
      .thenThrows(RuleViolation, { rule: 'return-exceeds-sale', message: 'ACME holds 5 KGM of lot FLOUR-1, not 5.000001' });
    given(lotDecider, [flour, sold(5, 95.5)])
      .when(giveBack(1, 'OTHER'))
      .thenThrows(RuleViolation, { rule: 'return-exceeds-sale', message: 'OTHER holds 0 KGM of lot FLOUR-1, not 1' });
  });
});

describe('lot decider: adjustments', () => {
  const adjusted = (quantity: number, remaining: number, location = 'MILL'): LotEvent => ({
    type: 'LotAdjusted',
    data: { lotId: lot, location, quantity, reason: 'count', remaining },
  });

  it('adjusts up, saying what is there afterwards', () => {
    given(lotDecider, [flour])
      .when(adjust(0.25))
      .then([adjusted(0.25, 100.75)]);
    given(lotDecider, [flour])
      .when(adjust(3, 'CELLAR'))
      .then([adjusted(3, 3, 'CELLAR')]);
  });

  it('adjusts down, to zero at most', () => {
    given(lotDecider, [flour])
      .when(adjust(-0.5))
      .then([adjusted(-0.5, 100)]);
    given(lotDecider, [flour])
      .when(adjust(-100.5))
      .then([adjusted(-100.5, 0)]);
  });

  it('refuses adjusting below zero', () => {
    given(lotDecider, [flour])
      .when(adjust(-100.500001))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 100.5 KGM at MILL, not 100.500001' });
    given(lotDecider, [flour])
      .when(adjust(-1, 'CELLAR'))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 0 KGM at CELLAR, not 1' });
  });
});

describe('lot decider: disposals', () => {
  const disposed = (quantity: number, remaining: number): LotEvent => ({
    type: 'LotDisposed',
    data: { lotId: lot, from: 'MILL', quantity, reason: 'destroyed', remaining },
  });

  it('disposes of stock, saying what is left', () => {
    given(lotDecider, [flour])
      .when(dispose(0.5))
      .then([disposed(0.5, 100)]);
  });

  it('disposes of quarantined and expired stock', () => {
    given(lotDecider, [flour, recalled()])
      .when(dispose(100.5))
      .then([disposed(100.5, 0)]);
    given(lotDecider, [flour])
      .when(dispose(100.5, EXPIRY))
      .then([disposed(100.5, 0)]);
    given(lotDecider, [flour])
      .when(dispose(1, AFTER_EXPIRY))
      .then([disposed(1, 99.5)]);
  });

  it('refuses disposing of more than is there', () => {
    given(lotDecider, [flour])
      .when(dispose(101))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 100.5 KGM at MILL, not 101' });
  });
});

describe('lot decider: consumption', () => {
  const unit = { sku: 'BREAD', serial: 'SN-1' };

  it('consumes stock into another lot', () => {
    given(lotDecider, [flour])
      .when(consumeInto(20, { intoLot: 'BREAD-1' }))
      .then([{ type: 'LotStockConsumed', data: { lotId: lot, from: 'MILL', quantity: 20, remaining: 80.5, intoLot: 'BREAD-1', intoUnit: null } }]);
  });

  it('consumes stock into a serialised unit', () => {
    given(lotDecider, [flour])
      .when(consumeInto(0.5, { intoUnit: unit }))
      .then([{ type: 'LotStockConsumed', data: { lotId: lot, from: 'MILL', quantity: 0.5, remaining: 100, intoLot: null, intoUnit: unit } }]);
  });

  it('needs exactly one of intoLot and intoUnit', () => {
    given(lotDecider, [flour])
      .when(consumeInto(1, {}))
      .thenThrows(InvalidInput, { problems: [{ field: 'intoLot', message: 'give either intoLot or intoUnit' }] });
    given(lotDecider, [flour])
      .when(consumeInto(1, { intoLot: 'BREAD-1', intoUnit: unit }))
      .thenThrows(InvalidInput, { problems: [{ field: 'intoLot', message: 'give either intoLot or intoUnit' }] });
  });

  it('refuses consuming a lot into itself', () => {
    given(lotDecider, [flour])
      .when(consumeInto(1, { intoLot: lot }))
      .thenThrows(InvalidInput, { problems: [{ field: 'intoLot', message: 'a lot is not consumed into itself' }] });
  });

  it('refuses consuming more than is there', () => {
    given(lotDecider, [flour])
      .when(consumeInto(100.500001, { intoLot: 'BREAD-1' }))
      .thenThrows(RuleViolation, { rule: 'insufficient-quantity', message: 'lot FLOUR-1 has 100.5 KGM at MILL, not 100.500001' });
  });

  it('refuses consuming a quarantined lot', () => {
    given(lotDecider, [flour, recalled()])
      .when(consumeInto(1, { intoLot: 'BREAD-1' }))
      .thenThrows(RuleViolation, { rule: 'quarantined', message: 'lot FLOUR-1 is quarantined by recall RC-1: resolve it for that recall first' });
  });

  it('records on the lot made what went into it', () => {
    const bread: LotEvent = {
      type: 'LotRegistered',
      data: { lotId: 'BREAD-1', sku: 'BREAD', producedAt: null, expiresAt: null, site: null, quantity: 200, location: 'BAKERY' },
    };
    given(lotDecider, [bread])
      .when({ type: 'AddLotInput', lotId: 'BREAD-1', occurredAt: AT, input: lot, quantity: 20, uom: 'KGM' })
      .then([{ type: 'LotMadeFrom', data: { lotId: 'BREAD-1', input: lot, quantity: 20, uom: 'KGM' } }]);
    given(lotDecider, [bread])
      .when({ type: 'AddLotInput', lotId: 'BREAD-1', occurredAt: AT, input: 'BREAD-1', quantity: 20, uom: 'KGM' })
      .thenThrows(InvalidInput);
  });
});

describe('lot decider: serials', () => {
  const PRODUCED = '2026-01-01T00:00:00.000Z';
  const pumps: LotEvent = {
    type: 'LotRegistered',
    data: { lotId: 'PUMP-1', sku: 'PUMP', producedAt: PRODUCED, expiresAt: '2027-01-01T00:00:00.000Z', site: 'PLANT-1', quantity: 3 },
  };
  const assign = (count: number, occurredAt = AT, lotId = 'PUMP-1'): LotChangeCommand => ({ type: 'AssignLotSerials', lotId, occurredAt, sku: 'PUMP', count });
  const assigned = (count: number, lotId = 'PUMP-1'): LotEvent => ({ type: 'LotSerialsAssigned', data: { lotId, count } });

  it('assigns serials up to exactly the declared quantity', () => {
    given(lotDecider, [pumps])
      .when(assign(3))
      .then([assigned(3)]);
    given(lotDecider, [pumps, assigned(2)])
      .when(assign(1))
      .then([assigned(1)]);
  });

  it('refuses a batch that would cross the declared quantity, whole', () => {
    given(lotDecider, [pumps, assigned(2)])
      .when(assign(2))
      .thenThrows(RuleViolation, { rule: 'lot-quantity-exceeded', message: 'lot PUMP-1 is declared as 3 and has 2 serials: 2 more would exceed it' });
    given(lotDecider, [pumps, assigned(3)])
      .when(assign(1))
      .thenThrows(RuleViolation, { rule: 'lot-quantity-exceeded' });
    given(lotDecider, [pumps]).when(assign(4)).thenThrows(RuleViolation, { rule: 'lot-quantity-exceeded' });
  });

  it('counts nothing against a lot without a declared size: one registered with a quantity in stock at a location, or without a quantity', () => {
    given(lotDecider, [flour, { type: 'LotSerialsAssigned', data: { lotId: lot, count: 100 } }])
      .when(assign(1000, AT, lot))
      .then([]);
    given(lotDecider, [flourWith({ quantity: null, location: undefined })])
      .when(assign(1000, AT, lot))
      .then([]);
  });

  it('still refuses serials of a lot without a declared size before it was produced or once expired', () => {
    given(lotDecider, [flourWith({ producedAt: '2026-02-01T00:00:00.000Z' })])
      .when(assign(1, '2026-01-31T23:59:59.999Z', lot))
      .thenThrows(InvalidReference, { field: 'occurredAt' });
    given(lotDecider, [flour])
      .when(assign(1, EXPIRY, lot))
      .thenThrows(RuleViolation, { rule: 'expired' });
  });

  it('refuses serials before the lot was produced, naming both times', () => {
    given(lotDecider, [pumps])
      .when(assign(1, '2025-12-31T23:59:59.999Z'))
      .thenThrows(InvalidReference, {
        field: 'occurredAt',
        message: `a serial of lot PUMP-1 cannot be assigned at 2025-12-31T23:59:59.999Z, before the lot was produced at ${PRODUCED}`,
      });
    given(lotDecider, [pumps])
      .when(assign(1, PRODUCED))
      .then([assigned(1)]);
  });

  it('refuses serials of an expired lot', () => {
    given(lotDecider, [pumps])
      .when(assign(1, '2027-01-01T00:00:00.000Z'))
      .thenThrows(RuleViolation, { rule: 'expired', message: 'lot PUMP-1 expired at 2027-01-01T00:00:00.000Z' });
    given(lotDecider, [pumps])
      .when(assign(1, '2026-12-31T23:59:59.999Z'))
      .then([assigned(1)]);
  });
});

describe('lot decider: recall holds', () => {
  const resolve = (recallId = 'RC-1', note?: string): LotChangeCommand => ({
    type: 'ResolveLotRecall',
    lotId: lot,
    occurredAt: AT,
    recallId,
    action: 'released',
    note,
  });
  const hold = (recallId = 'RC-1'): LotChangeCommand => ({
    type: 'HoldLot',
    lotId: lot,
    occurredAt: AT,
    recallId,
    recalledAt: AT,
    reason: 'mould',
    severity: 'high',
  });

  it('holds a lot for a recall once, however often asked', () => {
    given(lotDecider, [flour]).when(hold()).then([recalled()]);
    given(lotDecider, [flour, recalled()]).when(hold()).then([]);
    given(lotDecider, [flour, recalled(), recallResolved()]).when(hold()).then([]);
    given(lotDecider, [flour, recalled()])
      .when(hold('RC-2'))
      .then([recalled('RC-2')]);
  });

  it('resolves a hold the lot has', () => {
    given(lotDecider, [flour, recalled()]).when(resolve()).then([recallResolved()]);
    given(lotDecider, [flour, recalled()])
      .when(resolve('RC-1', 'tested fine'))
      .then([{ type: 'LotRecallResolved', data: { lotId: lot, recallId: 'RC-1', action: 'released', note: 'tested fine' } }]);
  });

  it('refuses resolving a recall that does not hold the lot', () => {
    given(lotDecider, [flour]).when(resolve()).thenThrows(RuleViolation, { rule: 'held-by-recall', message: 'lot FLOUR-1 is not held by recall RC-1' });
  });

  it('resolves a hold once', () => {
    given(lotDecider, [flour, recalled(), recallResolved()])
      .when(resolve())
      .thenThrows(RuleViolation, { rule: 'resolved-once', message: 'lot FLOUR-1 is already resolved for recall RC-1' });
  });
});

describe('lot decider: an unregistered lot', () => {
  const commands: LotChangeCommand[] = [
    move(1),
    ship(1),
    receive(1),
    close(),
    sell(1),
    giveBack(1),
    adjust(1),
    dispose(1),
    consumeInto(1, { intoLot: 'BREAD-1' }),
    { type: 'AddLotInput', lotId: lot, occurredAt: AT, input: 'GRAIN-1', quantity: 1, uom: 'KGM' },
    { type: 'AssignLotSerials', lotId: lot, occurredAt: AT, sku: 'FLOUR', count: 1 },
    { type: 'ResolveLotRecall', lotId: lot, occurredAt: AT, recallId: 'RC-1', action: 'released' },
    { type: 'HoldLot', lotId: lot, occurredAt: AT, recallId: 'RC-1', recalledAt: AT, reason: 'mould', severity: 'high' },
  ];

  it.each(commands.map((command) => [command.type, command] as const))('refuses %s as not found', (_type, command) => {
    given(lotDecider).when(command).thenThrows(NotFound, { message: 'lot FLOUR-1 not found' });
  });
});
