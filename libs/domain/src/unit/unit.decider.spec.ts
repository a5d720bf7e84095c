import { given } from '../testing/given-when-then';
import { AlreadyExists, InvalidInput, InvalidReference, NotFound, RuleViolation } from '../shared/errors';
import { fold } from '../shared/decider';
import { unitDecider } from './unit.decider';
import { UnitEvent } from './unit.events';
import { withPendingHolds } from './unit.rules';
import { ExistingUnit } from './unit.state';

const id = { sku: 'PUMP', serial: 'SN-1' };
const assigned: UnitEvent = { type: 'SerialAssigned', data: { ...id, lotId: 'L1', location: 'WH-A' } };
const shipped: UnitEvent = { type: 'UnitShipped', data: { ...id, from: 'WH-A', to: 'DC-EAST' } };
const received: UnitEvent = { type: 'UnitReceived', data: { ...id, by: 'DC-EAST', location: 'DC-EAST/BAY-1' } };
const sold: UnitEvent = { type: 'UnitSold', data: { ...id, from: 'DC-EAST/BAY-1', customer: 'ACME', receipt: 'R-1' } };
const returned: UnitEvent = { type: 'UnitReturned', data: { ...id, reason: 'faulty', location: 'DC-EAST/RMA', customer: 'ACME', custodian: 'DC-EAST' } };
const scrapped: UnitEvent = { type: 'UnitScrapped', data: { ...id, reason: 'broken', from: 'WH-A' } };

describe('unit decider', () => {
  describe('serial assignment', () => {
    it('assigns a serial from a lot of the same SKU', () => {
      given(unitDecider)
        .when({ type: 'AssignSerial', ...id, location: 'WH-A', lot: { lotId: 'L1', sku: 'PUMP' } })
        .then([assigned]);
    });

    it('assigns a serial without a lot', () => {
      given(unitDecider)
        .when({ type: 'AssignSerial', ...id, location: 'WH-A' })
        .then([{ type: 'SerialAssigned', data: { ...id, lotId: null, location: 'WH-A' } }]);
    });

    it('assigns a serial once per SKU', () => {
      given(unitDecider, [assigned])
        .when({ type: 'AssignSerial', ...id, location: 'WH-B' })
        .thenThrows(AlreadyExists);
    });

    it('refuses a lot that does not exist', () => {
      given(unitDecider)
        .when({ type: 'AssignSerial', ...id, location: 'WH-A', lot: { lotId: 'NOPE', sku: null } })
        .thenThrows(InvalidReference, { field: 'lotId', message: 'lot NOPE does not exist' });
    });

    it('refuses a lot of another SKU', () => {
      given(unitDecider)
        .when({ type: 'AssignSerial', ...id, location: 'WH-A', lot: { lotId: 'L9', sku: 'VALVE' } })
        .thenThrows(InvalidReference, { field: 'lotId', message: 'lot L9 is of SKU VALVE, not PUMP' });
    });
  });

  it('refuses a command to a unit that was never assigned', () => {
    given(unitDecider).when({ type: 'MoveUnit', to: 'WH-B' }).thenThrows(NotFound);
  });

  describe('lot expiry', () => {
    const expiring: UnitEvent = { type: 'SerialAssigned', data: { ...id, lotId: 'L1', location: 'WH-A', expiresAt: '2026-06-01' } };

    it('carries the lot’s expiry into the unit’s first event', () => {
      given(unitDecider)
        .when({ type: 'AssignSerial', ...id, location: 'WH-A', lot: { lotId: 'L1', sku: 'PUMP', expiresAt: '2026-06-01' } })
        .then([expiring]);
    });

    it('sells and ships a unit of a lot before its expiry, and refuses both from the expiry on (a date is midnight UTC)', () => {
      given(unitDecider, [expiring])
        .when({ type: 'SellUnit', customer: 'ACME', receipt: 'R-1', occurredAt: '2026-05-31T23:59:59.999Z' })
        .then([{ type: 'UnitSold', data: { ...id, from: 'WH-A', customer: 'ACME', receipt: 'R-1' } }]);
      given(unitDecider, [expiring])
        .when({ type: 'SellUnit', customer: 'ACME', receipt: 'R-1', occurredAt: '2026-06-01T00:00:00Z' })
        .thenThrows(RuleViolation, { rule: 'expired', message: 'unit PUMP/SN-1 is of lot L1, which expired at 2026-06-01' });
      given(unitDecider, [expiring]).when({ type: 'ShipUnit', to: 'DC', occurredAt: '2026-07-01T00:00:00Z' }).thenThrows(RuleViolation, { rule: 'expired' });
    });

    it('still moves a unit of an expired lot inside the company', () => {
      given(unitDecider, [expiring])
        .when({ type: 'MoveUnit', to: 'QUARANTINE' })
        .then([{ type: 'UnitMoved', data: { ...id, from: 'WH-A', to: 'QUARANTINE', reason: null } }]);
    });
  });

  describe('moves', () => {
    it('moves a unit in stock, remembering where from', () => {
      given(unitDecider, [assigned])
        .when({ type: 'MoveUnit', to: 'WH-B', reason: 'rebalance' })
        .then([{ type: 'UnitMoved', data: { ...id, from: 'WH-A', to: 'WH-B', reason: 'rebalance' } }]);
    });

    it('refuses a move to where the unit already is', () => {
      given(unitDecider, [assigned]).when({ type: 'MoveUnit', to: 'WH-A' }).thenThrows(RuleViolation, { rule: 'move-changes-location' });
    });

    it('refuses to move a unit in transit until received', () => {
      given(unitDecider, [assigned, shipped]).when({ type: 'MoveUnit', to: 'WH-B' }).thenThrows(RuleViolation, { rule: 'receive-before-use' });
    });

    it('moves a returned unit', () => {
      given(unitDecider, [assigned, sold, returned])
        .when({ type: 'MoveUnit', to: 'WH-B' })
        .then([{ type: 'UnitMoved', data: { ...id, from: 'DC-EAST/RMA', to: 'WH-B', reason: null } }]);
    });
  });

  describe('shipping and receiving', () => {
    it('ships a unit in stock to a party', () => {
      given(unitDecider, [assigned]).when({ type: 'ShipUnit', to: 'DC-EAST' }).then([shipped]);
    });

    it('refuses to ship a unit already in transit', () => {
      given(unitDecider, [assigned, shipped]).when({ type: 'ShipUnit', to: 'DC-WEST' }).thenThrows(RuleViolation, { rule: 'receive-before-use' });
    });

    it('receives a unit in transit', () => {
      given(unitDecider, [assigned, shipped]).when({ type: 'ReceiveUnit', by: 'DC-EAST', location: 'DC-EAST/BAY-1' }).then([received]);
    });

    it('refuses to receive a unit that was not shipped', () => {
      given(unitDecider, [assigned])
        .when({ type: 'ReceiveUnit', by: 'DC-EAST', location: 'X' })
        .thenThrows(RuleViolation, { rule: 'receive-requires-shipment' });
    });
  });

  describe('sales and returns', () => {
    it('sells a received unit', () => {
      given(unitDecider, [assigned, shipped, received]).when({ type: 'SellUnit', customer: 'ACME', receipt: 'R-1' }).then([sold]);
    });

    it('refuses to sell a unit in transit until received', () => {
      given(unitDecider, [assigned, shipped])
        .when({ type: 'SellUnit', customer: 'ACME', receipt: 'R-1' })
        .thenThrows(RuleViolation, { rule: 'receive-before-use' });
    });

    it('refuses to sell a sold unit again', () => {
      given(unitDecider, [assigned, shipped, received, sold])
        .when({ type: 'SellUnit', customer: 'OTHER', receipt: 'R-2' })
        .thenThrows(RuleViolation, { rule: 'sold-until-returned' });
    });

    it('sells a unit again once it was returned', () => {
      given(unitDecider, [assigned, shipped, received, sold, returned])
        .when({ type: 'SellUnit', customer: 'OTHER', receipt: 'R-2' })
        .then([{ type: 'UnitSold', data: { ...id, from: 'DC-EAST/RMA', customer: 'OTHER', receipt: 'R-2' } }]);
    });

    it('returns a sold unit, naming the customer it came from', () => {
      given(unitDecider, [assigned, shipped, received, sold]).when({ type: 'ReturnUnit', reason: 'faulty', location: 'DC-EAST/RMA' }).then([returned]);
    });

    it('takes a return from its buyer, refuses one from anyone else unless forced with a reason, and keeps who and why', () => {
      const life = [assigned, shipped, received, sold];
      const back = { type: 'ReturnUnit' as const, reason: 'faulty', location: 'DC-EAST/RMA' };
      given(unitDecider, life)
        .when({ ...back, customer: 'ACME' })
        .then([returned]);
      given(unitDecider, life)
        .when({ ...back, customer: 'MALLORY' })
        .thenThrows(RuleViolation, { rule: 'return-by-buyer' });
      given(unitDecider, life)
        .when({ ...back, customer: 'MALLORY', force: true })
        .thenThrows(InvalidInput);
      given(unitDecider, life)
        .when({ ...back, customer: 'MALLORY', force: true, overrideReason: 'gift: bought by ACME' })
        .then([{ ...returned, data: { ...returned.data, returnedBy: 'MALLORY', overrideReason: 'gift: bought by ACME' } }]);
    });

    it('refuses to return a unit that was not sold', () => {
      given(unitDecider, [assigned])
        .when({ type: 'ReturnUnit', reason: 'faulty', location: 'WH-A' })
        .thenThrows(RuleViolation, { rule: 'return-requires-sale' });
    });

    it('refuses to move a sold unit', () => {
      given(unitDecider, [assigned, sold]).when({ type: 'MoveUnit', to: 'WH-B' }).thenThrows(RuleViolation, { rule: 'sold-unit-is-with-customer' });
    });
  });

  describe('repairs', () => {
    it('repairs a returned unit where it is', () => {
      given(unitDecider, [assigned, sold, returned])
        .when({ type: 'RepairUnit', description: 'new seal' })
        .then([{ type: 'UnitRepaired', data: { ...id, description: 'new seal', location: 'DC-EAST/RMA' } }]);
    });

    it('refuses to repair a unit at a customer', () => {
      given(unitDecider, [assigned, sold]).when({ type: 'RepairUnit', description: 'x' }).thenThrows(RuleViolation, { rule: 'sold-unit-is-with-customer' });
    });
  });

  describe('scrapping', () => {
    it('scraps a unit in stock, remembering where from', () => {
      given(unitDecider, [assigned]).when({ type: 'ScrapUnit', reason: 'broken' }).then([scrapped]);
    });

    it('scraps a unit lost in transit', () => {
      given(unitDecider, [assigned, shipped])
        .when({ type: 'ScrapUnit', reason: 'lost' })
        .then([{ type: 'UnitScrapped', data: { ...id, reason: 'lost', from: null } }]);
    });

    it.each([
      { type: 'MoveUnit', to: 'WH-B' },
      { type: 'ShipUnit', to: 'DC' },
      { type: 'SellUnit', customer: 'C', receipt: 'R' },
      { type: 'ReturnUnit', reason: 'r', location: 'L' },
      { type: 'RepairUnit', description: 'd' },
      { type: 'ScrapUnit', reason: 'again' },
      { type: 'ReceiveUnit', by: 'P', location: 'L' },
    ] as const)('a scrapped unit accepts nothing more: $type', (command) => {
      given(unitDecider, [assigned, scrapped]).when(command).thenThrows(RuleViolation, { rule: 'scrapped-is-final' });
    });
  });

  describe('state', () => {
    it('tracks custody through shipment, sale and return', () => {
      const events = [assigned, shipped, received, sold, returned];
      const states = events.reduce<ReturnType<typeof unitDecider.initialState>[]>(
        (all, event) => [...all, unitDecider.evolve(all[all.length - 1], event)],
        [unitDecider.initialState()],
      );
      expect(states.slice(1).map((s) => (s.exists ? [s.status, s.location, s.custodian, s.customer] : null))).toEqual([
        ['in_stock', 'WH-A', null, null],
        ['in_transit', null, null, null],
        ['in_stock', 'DC-EAST/BAY-1', 'DC-EAST', null],
        ['sold', null, 'ACME', 'ACME'],
        ['returned', 'DC-EAST/RMA', 'DC-EAST', null],
      ]);
    });
  });
});

describe('unit decider: recalls and material', () => {
  const holder = { status: 'in_stock', location: 'WH-A', custodian: null, customer: null, destination: null, container: null, top: null };
  const quarantined: UnitEvent = {
    type: 'UnitQuarantined',
    data: { ...id, recallId: 'R1', recalledAt: '2026-05-01T00:00:00.000Z', origin: 'lot:L1', holder },
  };

  it('quarantines a unit once per recall, however many paths reach it', () => {
    given(unitDecider, [assigned])
      .when({ type: 'QuarantineUnit', recallId: 'R1', recalledAt: '2026-05-01T00:00:00.000Z', origin: 'lot:L1' })
      .then([quarantined]);
    given(unitDecider, [assigned, quarantined])
      .when({ type: 'QuarantineUnit', recallId: 'R1', recalledAt: '2026-05-01T00:00:00.000Z', origin: 'unit:x' })
      .then([]);
  });

  it('refuses to sell or ship a quarantined unit, naming the recall', () => {
    given(unitDecider, [assigned, quarantined])
      .when({ type: 'SellUnit', customer: 'C', receipt: 'R', occurredAt: '2026-06-01T00:00:00Z' })
      .thenThrows(RuleViolation, { rule: 'quarantined', message: 'unit PUMP/SN-1 is quarantined by recall R1: resolve it for that recall first' });
    given(unitDecider, [assigned, quarantined]).when({ type: 'ShipUnit', to: 'DC' }).thenThrows(RuleViolation, { rule: 'quarantined' });
  });

  it('records a sale that happened before the recall', () => {
    given(unitDecider, [assigned, quarantined])
      .when({ type: 'SellUnit', customer: 'C', receipt: 'R', occurredAt: '2026-04-30T00:00:00Z' })
      .then([{ type: 'UnitSold', data: { ...id, from: 'WH-A', customer: 'C', receipt: 'R' } }]);
  });

  it('still moves a quarantined unit inside the company', () => {
    given(unitDecider, [assigned, quarantined])
      .when({ type: 'MoveUnit', to: 'QUARANTINE' })
      .then([{ type: 'UnitMoved', data: { ...id, from: 'WH-A', to: 'QUARANTINE', reason: null } }]);
  });

  it('resolves a hold once, and then sells again', () => {
    const resolved: UnitEvent = { type: 'UnitRecallResolved', data: { ...id, recallId: 'R1', action: 'repaired', note: null } };
    given(unitDecider, [assigned, quarantined]).when({ type: 'ResolveRecall', recallId: 'R1', action: 'repaired' }).then([resolved]);
    given(unitDecider, [assigned, quarantined, resolved])
      .when({ type: 'ResolveRecall', recallId: 'R1', action: 'released' })
      .thenThrows(RuleViolation, { rule: 'resolved-once' });
    given(unitDecider, [assigned]).when({ type: 'ResolveRecall', recallId: 'R1', action: 'released' }).thenThrows(RuleViolation, { rule: 'held-by-recall' });
    given(unitDecider, [assigned, quarantined, resolved])
      .when({ type: 'SellUnit', customer: 'C', receipt: 'R' })
      .then([{ type: 'UnitSold', data: { ...id, from: 'WH-A', customer: 'C', receipt: 'R' } }]);
  });

  it('decides with a hold the recall lists but the history does not record yet; the history wins for a recall it records', () => {
    const pending = [{ recallId: 'R2', recalledAt: '2026-05-01T00:00:00.000Z' }];
    const seen = (events: UnitEvent[]) => withPendingHolds(fold(unitDecider, events) as ExistingUnit, pending);
    expect(() => unitDecider.decide({ type: 'SellUnit', customer: 'C', receipt: 'R' }, seen([assigned]))).toThrow(/quarantined by recall R2/);
    expect(unitDecider.decide({ type: 'SellUnit', customer: 'C', receipt: 'R', occurredAt: '2026-04-30T00:00:00Z' }, seen([assigned]))).toHaveLength(1);
    const heldByR2 = { ...quarantined, data: { ...quarantined.data, recallId: 'R2' } } as UnitEvent;
    const resolved: UnitEvent = { type: 'UnitRecallResolved', data: { ...id, recallId: 'R2', action: 'repaired', note: null } };
    expect(unitDecider.decide({ type: 'SellUnit', customer: 'C', receipt: 'R' }, seen([assigned, heldByR2, resolved]))).toHaveLength(1);
  });

  it('records material consumed from a lot, adding up quantities', () => {
    const lot = { lotId: 'GLUE-1', sku: 'GLUE' };
    const first = unitDecider.decide({ type: 'ConsumeLot', lot, quantity: 2 }, unitDecider.evolve(unitDecider.initialState(), assigned));
    expect(first).toEqual([
      {
        type: 'LotConsumed',
        data: { ...id, lotId: 'GLUE-1', quantity: 2, entry: { origin: 'lot:GLUE-1', how: 'consumed', path: [id], quantity: 2 }, holder },
      },
    ]);
    given(unitDecider, [assigned, ...first])
      .when({ type: 'ConsumeLot', lot, quantity: 3 })
      .then([
        {
          type: 'LotConsumed',
          data: { ...id, lotId: 'GLUE-1', quantity: 3, entry: { origin: 'lot:GLUE-1', how: 'consumed', path: [id], quantity: 5 }, holder },
        },
      ]);
    given(unitDecider, [assigned])
      .when({ type: 'ConsumeLot', lot: { lotId: 'NOPE', sku: null }, quantity: 1 })
      .thenThrows(InvalidReference);
  });
});
