import {
  DomainError,
  ExistingLot,
  LotChangeCommand,
  lotDecider,
  LotEvent,
  LotRegistered,
  LotState,
  micros,
  Micros,
  minus,
  plus,
  RuleViolation,
  sumMicros,
  ZERO,
} from '@trace/domain';
import { LotDocument, LotLinkDocument, LotPlaceDocument, lotsProjection } from '@trace/projections';
import fc from 'fast-check';
import { materialise } from '../../projections/testing/materialise';

/**
 * Properties of lot quantities over random sequences of commands: the lot decider conserves every millionth and
 * never goes negative, and the read models the lots projection builds from the accepted events say exactly
 * what the decider's state says.
 */

const lotId = 'LOT-1';
const LOCATIONS = ['A', 'B', 'C'];
const CUSTOMERS = ['ACME', 'BOB'];
const SHIPMENTS = ['S1', 'S2', 'S3'];
const RECALLS = ['RC-1', 'RC-2'];
/** Instants on both sides of the lot's expiry and of the recalls', so that holds and expiry refuse some commands. */
const INSTANTS = ['2026-03-01T00:00:00.000Z', '2026-04-15T12:00:00.000Z', '2026-05-31T23:59:59.999Z', '2026-06-01T00:00:00.000Z'];
const EXPIRES_AT = '2026-06-01';

/** Up to 6 fraction digits, built from whole millionths so that every generated number is a valid quantity. */
const millionths = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 1e6);
const small = millionths(1, 8_000_000);
/** Often more than any place holds. */
const large = millionths(8_000_000, 200_000_000);
const quantity = fc.oneof({ arbitrary: small, weight: 4 }, { arbitrary: large, weight: 1 });
/** What the lot is registered with at its first location. */
const registeredQuantity = millionths(1, 100_000_000);

const location = fc.constantFrom(...LOCATIONS);
const customer = fc.constantFrom(...CUSTOMERS);
const shipmentId = fc.constantFrom(...SHIPMENTS);
const recallId = fc.constantFrom(...RECALLS);
const occurredAt = fc.constantFrom(...INSTANTS);
const change = <Type extends string>(type: Type) => ({ type: fc.constant(type), lotId: fc.constant(lotId), occurredAt });
const often = (arbitrary: fc.Arbitrary<LotChangeCommand>) => ({ arbitrary, weight: 4 });
const rarely = (arbitrary: fc.Arbitrary<LotChangeCommand>) => ({ arbitrary, weight: 1 });

const command: fc.Arbitrary<LotChangeCommand> = fc.oneof(
  often(fc.record({ ...change('MoveLotStock'), from: location, to: location, quantity })),
  often(fc.record({ ...change('ShipLot'), shipmentId, from: location, to: customer, quantity })),
  often(fc.record({ ...change('ReceiveLot'), shipmentId, by: customer, location, quantity })),
  rarely(fc.record({ ...change('CloseLotShipment'), shipmentId, reason: fc.constant('lost') })),
  often(fc.record({ ...change('SellLot'), from: location, customer, quantity, receipt: fc.constant('R-1') })),
  often(fc.record({ ...change('ReturnLot'), customer, location, quantity, reason: fc.constant('damp') })),
  often(
    fc.record({
      ...change('AdjustLot'),
      location,
      quantity: fc.tuple(quantity, fc.boolean()).map(([q, down]) => (down ? -q : q)),
      reason: fc.constant('count'),
    }),
  ),
  often(fc.record({ ...change('DisposeLot'), from: location, quantity, reason: fc.constant('spoilt') })),
  often(
    fc
      .record({
        ...change('ConsumeLotStock'),
        from: location,
        quantity,
        into: fc.oneof(fc.constant({ intoLot: 'MADE-1' }), fc.constant({ intoUnit: { sku: 'BREAD', serial: 'SN-1' } })),
      })
      .map(({ into, ...consumed }) => ({ ...consumed, ...into })),
  ),
  rarely(fc.record({ ...change('HoldLot'), recallId, recalledAt: occurredAt, reason: fc.constant('recall'), severity: fc.constant('high' as const) })),
  rarely(fc.record({ ...change('ResolveLotRecall'), recallId, action: fc.constant('released' as const) })),
);

/**
 * A command's quantity as generated, or a share (in millionths) of what it can take at most in `lot`: what is at
 * the place it takes from, what the customer holds, what is still in transit (the first such place when the one
 * generated holds nothing). Shares keep random sequences from being refused mostly for too little stock, and the
 * whole (a share of 1e6) empties places.
 */
const share = fc.oneof(
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: fc.constant(1e6), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 1e6 }), weight: 2 },
);

function withShare(command: LotChangeCommand, portion: number | null, lot: ExistingLot): LotChangeCommand {
  if (portion === null) return command;
  const part = (amount: Micros) => Math.max(1, Math.floor((amount * portion) / 1e6)) / 1e6;
  /** The place `wanted` when it holds something, else the first that does, and a share of what it holds. */
  const pick = (places: Record<string, Micros>, wanted: string): [string, number] | null => {
    const place = (places[wanted] ?? 0) > 0 ? wanted : Object.keys(places).find((key) => places[key] > 0);
    return place === undefined ? null : [place, part(places[place])];
  };
  switch (command.type) {
    case 'MoveLotStock':
    case 'ShipLot':
    case 'SellLot':
    case 'DisposeLot':
    case 'ConsumeLotStock': {
      const picked = pick(lot.atLocations, command.from);
      return picked ? { ...command, from: picked[0], quantity: picked[1] } : command;
    }
    case 'AdjustLot': {
      const picked = pick(lot.atLocations, command.location);
      return command.quantity < 0 && picked ? { ...command, location: picked[0], quantity: -picked[1] } : command;
    }
    case 'ReturnLot': {
      const picked = pick(lot.withCustomers, command.customer);
      return picked ? { ...command, customer: picked[0], quantity: picked[1] } : command;
    }
    case 'ReceiveLot': {
      const open = Object.entries(lot.shipments).filter(([, shipment]) => !shipment.closed);
      const picked = pick(Object.fromEntries(open.map(([id, shipment]) => [id, minus(shipment.shipped, shipment.received)])), command.shipmentId);
      return picked ? { ...command, shipmentId: picked[0], quantity: picked[1] } : command;
    }
    default:
      return command;
  }
}

/** What left or entered the lot's places, tracked from the accepted events alone. */
interface Ledger {
  produced: Micros;
  adjusted: Micros;
  consumed: Micros;
  disposed: Micros;
  lost: Micros;
}

function booked(ledger: Ledger, event: LotEvent): Ledger {
  switch (event.type) {
    case 'LotRegistered':
      return { ...ledger, produced: event.data.location !== undefined && event.data.quantity !== null ? micros(event.data.quantity) : ZERO };
    case 'LotAdjusted':
      return { ...ledger, adjusted: plus(ledger.adjusted, micros(event.data.quantity)) };
    case 'LotStockConsumed':
      return { ...ledger, consumed: plus(ledger.consumed, micros(event.data.quantity)) };
    case 'LotDisposed':
      return { ...ledger, disposed: plus(ledger.disposed, micros(event.data.quantity)) };
    case 'LotShipmentClosed':
      return { ...ledger, lost: plus(ledger.lost, micros(event.data.lostInTransit)) };
    default:
      return ledger;
  }
}

function assertBalanced(lot: ExistingLot, ledger: Ledger): void {
  for (const amount of [...Object.values(lot.atLocations), ...Object.values(lot.withCustomers)]) expect(amount).toBeGreaterThan(0);
  const open = Object.values(lot.shipments).filter((shipment) => !shipment.closed);
  for (const shipment of open) expect(shipment.received).toBeLessThanOrEqual(shipment.shipped);
  const inTransit = sumMicros(open.map((shipment) => minus(shipment.shipped, shipment.received)));
  const held = sumMicros([sumMicros(Object.values(lot.atLocations)), inTransit, sumMicros(Object.values(lot.withCustomers))]);
  const gone = sumMicros([ledger.consumed, ledger.disposed, ledger.lost]);
  expect(plus(held, gone)).toBe(plus(ledger.produced, ledger.adjusted));
}

/** The `remaining` an event states is what the new state holds at that place (0 once the place is gone). */
function assertRemaining(lot: ExistingLot, event: LotEvent): void {
  const at = (place: string) => lot.atLocations[place] ?? ZERO;
  switch (event.type) {
    case 'LotStockMoved':
    case 'LotShipped':
    case 'LotSold':
    case 'LotDisposed':
    case 'LotStockConsumed':
      expect(micros(event.data.remaining)).toBe(at(event.data.from));
      break;
    case 'LotAdjusted':
      expect(micros(event.data.remaining)).toBe(at(event.data.location));
      break;
    case 'LotReturned':
      expect(micros(event.data.remaining)).toBe(lot.withCustomers[event.data.customer] ?? ZERO);
      break;
    default:
  }
}

/** The place a command takes stock from and how much, for checking an insufficient-quantity refusal. */
function taking(command: LotChangeCommand): { from: string; quantity: number } | null {
  switch (command.type) {
    case 'MoveLotStock':
    case 'ShipLot':
    case 'SellLot':
    case 'DisposeLot':
    case 'ConsumeLotStock':
      return { from: command.from, quantity: command.quantity };
    case 'AdjustLot':
      return command.quantity < 0 ? { from: command.location, quantity: -command.quantity } : null;
    default:
      return null;
  }
}

const existing = (state: LotState): ExistingLot => {
  if (!state.exists) throw new Error('the lot should exist');
  return state;
};

const registrationOf = (registered: number): LotRegistered => ({
  type: 'LotRegistered',
  data: { lotId, sku: 'FLOUR', producedAt: null, expiresAt: EXPIRES_AT, site: null, quantity: registered, uom: 'KGM', location: 'A' },
});

/** Runs the commands through the decider, checking every step, and answers the accepted events, the state and the ledger. */
function run(registered: number, commands: Array<[LotChangeCommand, number | null]>): { events: LotEvent[]; lot: ExistingLot; ledger: Ledger } {
  const registration = registrationOf(registered);
  const accepted: LotEvent[] = [registration];
  let state = lotDecider.evolve(lotDecider.initialState(), registration);
  let ledger = booked({ produced: ZERO, adjusted: ZERO, consumed: ZERO, disposed: ZERO, lost: ZERO }, registration);
  assertBalanced(existing(state), ledger);

  for (const [generated, portion] of commands) {
    const before = existing(state);
    const next = withShare(generated, portion, before);
    let events: LotEvent[];
    try {
      events = lotDecider.decide(next, before);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const taken = taking(next);
      if (error instanceof RuleViolation && error.rule === 'insufficient-quantity') {
        expect(taken).not.toBeNull();
        if (taken) expect(micros(taken.quantity)).toBeGreaterThan(before.atLocations[taken.from] ?? ZERO);
      }
      continue;
    }
    for (const event of events) {
      if (event.type === 'LotShipmentClosed') {
        const shipment = before.shipments[event.data.shipmentId];
        expect(micros(event.data.lostInTransit)).toBe(minus(shipment.shipped, shipment.received));
        expect(event.data.to).toBe(shipment.to);
      }
      state = lotDecider.evolve(state, event);
      ledger = booked(ledger, event);
      assertRemaining(existing(state), event);
      accepted.push(event);
    }
    assertBalanced(existing(state), ledger);
  }
  return { events: accepted, lot: existing(state), ledger };
}

const runs = fc.tuple(registeredQuantity, fc.array(fc.tuple(command, share), { maxLength: 50, size: 'max' }));

describe('lot quantities: properties', () => {
  it('the decider conserves quantity exactly over any sequence of commands, and every remaining is what the state holds', () => {
    fc.assert(
      fc.property(runs, ([registered, commands]) => {
        run(registered, commands);
      }),
      { numRuns: 200 },
    );
  });

  it('the read models built from the accepted events hold exactly what the decider’s state holds', async () => {
    await fc.assert(
      fc.asyncProperty(runs, async ([registered, commands]) => {
        const { events, lot, ledger } = run(registered, commands);
        const store = await materialise([lotsProjection], events);
        try {
          const rows = (await store.page('lot_places', { where: { lotId }, limit: 1000 })) as unknown as LotPlaceDocument[];
          const held = (kind: LotPlaceDocument['kind']) =>
            Object.fromEntries(rows.filter((row) => row.kind === kind && row.quantityMicros !== 0).map((row) => [row.place, row.quantityMicros]));
          const open = Object.entries(lot.shipments).filter(([, s]) => !s.closed && s.shipped !== s.received);
          expect(held('location')).toEqual(lot.atLocations);
          expect(held('customer')).toEqual(lot.withCustomers);
          expect(held('transit')).toEqual(Object.fromEntries(open.map(([id, s]) => [id, minus(s.shipped, s.received)])));
          const totals = (await store.get('lots', { lotId })) as unknown as LotDocument;
          expect(totals).toMatchObject({
            producedMicros: ledger.produced,
            adjustedMicros: ledger.adjusted,
            disposedMicros: ledger.disposed,
            lostInTransitMicros: ledger.lost,
          });
          const links = (await store.page('lot_links', { where: { input: lotId }, limit: 1000 })) as unknown as LotLinkDocument[];
          expect(sumMicros(links.map((link) => link.quantityMicros as Micros))).toBe(ledger.consumed);
        } finally {
          await store.close();
        }
      }),
      { numRuns: 100 },
    );
  });
});
