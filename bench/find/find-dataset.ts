import {
  DomainEvent,
  gtinDecider,
  gtinStream,
  productDecider,
  productStream,
  recallDecider,
  recallStream,
  unitDecider,
  UnitEvent,
  UnitState,
  unitStream,
} from '@trace/domain';
import { AppendRequest } from '@trace/event-store';
import { syntheticCommand, syntheticEnvelopes } from '../dataset/envelopes';
import { between, pad, seededRandom } from '../dataset/random';

/** F1's sizes: a million units, a customer owning a thousand of them among fifty thousand customers, ten thousand recalls. */
export const FIND_UNITS = 1_000_000;
export const OWNED = 1_000;
export const FIND_CUSTOMER = 'CUST-F1';
export const FIND_RECALLS = 10_000;
const CUSTOMERS = 50_000;
/** A share of the units sold to other customers, so the customer index holds far more than the one customer. */
const SOLD_SHARE = 0.4;
const BATCH = 5_000;
const START = Date.UTC(2025, 0, 1);

export const serial = (unit: number) => `G-${pad(unit, 7)}`;

function decided(sku: string, unit: number, customer: string | null, occurredAt: string): UnitEvent[] {
  const ref = { sku, serial: serial(unit) };
  const assigned = unitDecider.decide({ type: 'AssignSerial', ...ref, location: `WH-${pad(unit % 20, 2)}` }, unitDecider.initialState());
  if (customer === null) return assigned;
  const state = assigned.reduce<UnitState>((current, event) => unitDecider.evolve(current, event), unitDecider.initialState());
  return [...assigned, ...unitDecider.decide({ type: 'SellUnit', customer, receipt: `INV-${pad(unit, 7)}`, occurredAt }, state)];
}

/**
 * F1's units as the API would have recorded them, decided by the unit decider: every thousandth unit sold to the
 * measured customer, two in five of the others to one of 50,000 other customers, the rest in stock.
 */
export function* findUnitAppends(): Generator<AppendRequest[]> {
  const random = seededRandom(17);
  const command = syntheticCommand('bench-find');
  const occurredAt = new Date(START).toISOString();
  let batch: AppendRequest[] = [];
  for (let unit = 0; unit < FIND_UNITS; unit++) {
    const owner = unit % (FIND_UNITS / OWNED) === 0 ? FIND_CUSTOMER : random() < SOLD_SHARE ? `CUST-${pad(between(random, 0, CUSTOMERS - 1), 5)}` : null;
    const events = decided('GADGET', unit, owner, occurredAt);
    batch.push({ stream: unitStream({ sku: 'GADGET', serial: serial(unit) }), events: syntheticEnvelopes(events, command, occurredAt), expected: 'no_stream' });
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** F1's recalls, an hour apart, each of one unit; every other one closed (forced), so half are open. */
export function* findRecallAppends(): Generator<AppendRequest[]> {
  const command = syntheticCommand('bench-find');
  let batch: AppendRequest[] = [];
  for (let n = 0; n < FIND_RECALLS; n++) {
    const recallId = `RC-${pad(n, 5)}`;
    const recalledAt = new Date(START + n * 3_600_000).toISOString();
    const units = [{ sku: 'GADGET', serial: serial(n * 7 + 1) }];
    const opened = recallDecider.decide(
      { type: 'OpenRecall', recallId, lots: [], units, reason: 'bench', severity: 'low', recalledAt },
      recallDecider.initialState(),
    );
    const events: DomainEvent[] = [...opened];
    if (n % 2 === 1) {
      const state = opened.reduce((current, event) => recallDecider.evolve(current, event), recallDecider.initialState());
      events.push(...recallDecider.decide({ type: 'CloseRecall', outstanding: 1, outstandingLots: 0, force: true, reason: 'bench' }, state));
    }
    batch.push({ stream: recallStream(recallId), events: syntheticEnvelopes(events, command, recalledAt), expected: 'no_stream' });
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The GTIN of F1's SKU, for S1 and S2: a product registered as the API would have (the product and its GTIN's claim). */
export const FIND_GTIN = '04006381333931';

export function* findProductAppends(): Generator<AppendRequest[]> {
  const command = syntheticCommand('bench-find');
  const occurredAt = new Date(START).toISOString();
  const registered = productDecider.decide(
    { type: 'RegisterProduct', sku: 'GADGET', name: 'Gadget', gtin: FIND_GTIN, uom: 'EA' },
    productDecider.initialState(),
  );
  const claimed = gtinDecider.decide({ type: 'ClaimGtin', gtin: FIND_GTIN, sku: 'GADGET' }, gtinDecider.initialState());
  yield [
    { stream: productStream('GADGET'), events: syntheticEnvelopes(registered, command, occurredAt), expected: 'no_stream' },
    { stream: gtinStream(FIND_GTIN), events: syntheticEnvelopes(claimed, command, occurredAt), expected: 'no_stream' },
  ];
}
