import { decideWarranty, DomainEvent, ExistingUnit, lotDecider, lotStream, unitDecider, UnitEvent, UnitState, unitStream } from '@trace/domain';
import { AppendRequest } from '@trace/event-store';
import { syntheticCommand, syntheticEnvelopes } from '../dataset/envelopes';
import { between, pad, seededRandom } from '../dataset/random';

/**
 * W1's sizes: a million packs of one SKU in 100 lots of 10,000, each pack consuming cells from one of 50 supplier
 * lots (20,000 packs each), every pack sold; 10,000 packs claimed under warranty, one claim each.
 */
export const CLAIMS_SKU = 'PACK-W1';
export const CLAIMS_UNITS = 1_000_000;
const PACK_LOTS = 100;
const CELL_LOTS = 50;
export const CLAIMS = 10_000;
/** The pack lot and the cell lot whose packs are claimed three times as often as the others. */
export const BAD_PACK_LOT = 'PL-007';
export const BAD_CELL_LOT = 'CL-13';
const SKEW = 3;
const CELL_SKU = 'CELL-W1';
const CELLS_PER_PACK = 12;
const TERMS = { months: 24, startsAt: 'sale' as const };
const BATCH = 5_000;
const MADE = Date.UTC(2025, 0, 1);
const SOLD = Date.UTC(2025, 2, 1);
const CLAIMED = Date.UTC(2026, 0, 1);

const serial = (unit: number) => `W-${pad(unit, 7)}`;
export const packLotOf = (unit: number) => `PL-${pad(Math.floor(unit / (CLAIMS_UNITS / PACK_LOTS)), 3)}`;
export const cellLotOf = (unit: number) => `CL-${pad(unit % CELL_LOTS, 2)}`;

/**
 * The packs claimed: drawn at random, a pack of the bad pack lot or of the bad cell lot three times as likely to be
 * kept (nine times for both), until there are 10,000 of them.
 */
export function claimedUnits(): Set<number> {
  const random = seededRandom(20);
  const weight = (unit: number) => (packLotOf(unit) === BAD_PACK_LOT ? SKEW : 1) * (cellLotOf(unit) === BAD_CELL_LOT ? SKEW : 1);
  const claimed = new Set<number>();
  while (claimed.size < CLAIMS) {
    const unit = between(random, 0, CLAIMS_UNITS - 1);
    if (random() * SKEW * SKEW < weight(unit)) claimed.add(unit);
  }
  return claimed;
}

const fold = (events: UnitEvent[]): UnitState => events.reduce<UnitState>((state, event) => unitDecider.evolve(state, event), unitDecider.initialState());

/** A pack's life as the API would have recorded it: assigned to its lot, cells consumed from a supplier lot, sold. */
function packEvents(unit: number, claimed: boolean): UnitEvent[] {
  const ref = { sku: CLAIMS_SKU, serial: serial(unit) };
  const events = unitDecider.decide(
    { type: 'AssignSerial', ...ref, location: 'PLANT', lot: { lotId: packLotOf(unit), sku: CLAIMS_SKU } },
    unitDecider.initialState(),
  );
  events.push(...unitDecider.decide({ type: 'ConsumeLot', lot: { lotId: cellLotOf(unit), sku: CELL_SKU }, quantity: CELLS_PER_PACK }, fold(events)));
  // Only the claimed packs' sales start a warranty (the rule a claim is filed under): the others' need not, and the
  // log stays at three events a pack.
  const sale = {
    type: 'SellUnit' as const,
    customer: `CUST-${pad(unit % 50_000, 5)}`,
    receipt: `INV-${pad(unit, 7)}`,
    occurredAt: new Date(SOLD).toISOString(),
  };
  events.push(...unitDecider.decide(claimed ? { ...sale, warranty: TERMS } : sale, fold(events)));
  return events;
}

/** W1's lots, registered as `POST /v1/lots` would: the packs' lots and the supplier's cell lots. */
export function* claimsLotAppends(): Generator<AppendRequest[]> {
  const command = syntheticCommand('bench-claims');
  const producedAt = new Date(MADE).toISOString();
  const lots = [
    ...Array.from({ length: PACK_LOTS }, (_, n) => ({ lotId: packLotOf(n * (CLAIMS_UNITS / PACK_LOTS)), sku: CLAIMS_SKU, quantity: CLAIMS_UNITS / PACK_LOTS })),
    ...Array.from({ length: CELL_LOTS }, (_, n) => ({ lotId: cellLotOf(n), sku: CELL_SKU })),
  ];
  yield lots.map((lot) => ({
    stream: lotStream(lot.lotId),
    events: syntheticEnvelopes(lotDecider.decide({ type: 'RegisterLot', ...lot, producedAt }, lotDecider.initialState()), command, producedAt),
    expected: 'no_stream' as const,
  }));
}

/** The million packs, decided by the unit decider, 5,000 streams a batch. */
export function* claimsUnitAppends(claimed: Set<number>): Generator<AppendRequest[]> {
  const command = syntheticCommand('bench-claims');
  const occurredAt = new Date(SOLD).toISOString();
  let batch: AppendRequest[] = [];
  for (let unit = 0; unit < CLAIMS_UNITS; unit++) {
    const events = packEvents(unit, claimed.has(unit));
    batch.push({
      stream: unitStream({ sku: CLAIMS_SKU, serial: serial(unit) }),
      events: syntheticEnvelopes(events, command, occurredAt),
      expected: 'no_stream',
    });
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The claims, months after the sales, each decided on its pack's history as `POST …/warranty-claims` would (goodwill false). */
export function* claimAppends(claimed: Set<number>): Generator<AppendRequest[]> {
  const command = syntheticCommand('bench-claims');
  const occurredAt = new Date(CLAIMED).toISOString();
  let batch: AppendRequest[] = [];
  for (const unit of [...claimed].sort((a, b) => a - b)) {
    const history = packEvents(unit, true);
    const customer = `CUST-${pad(unit % 50_000, 5)}`;
    const filed: DomainEvent[] = decideWarranty(
      { type: 'FileClaim', claimId: `WC-${pad(unit, 7)}`, customer, problem: 'does not hold a charge', occurredAt },
      fold(history) as ExistingUnit,
    );
    batch.push({
      stream: unitStream({ sku: CLAIMS_SKU, serial: serial(unit) }),
      events: syntheticEnvelopes(filed, command, occurredAt),
      expected: history.length - 1,
    });
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
