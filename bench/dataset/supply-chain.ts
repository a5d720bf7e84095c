import { lotDecider, lotStream, unitDecider, UnitLifecycleCommand, UnitState, unitStream } from '@trace/domain';
import { AppendRequest } from '@trace/event-store';
import { syntheticCommand, syntheticEnvelopes } from './envelopes';
import { LotPlan, SEED, serialOf, SupplyChainPlan } from './plan';
import { seededRandom } from './random';
import { LONGEST_LIFE, lifeOf } from './unit-life';

interface LivingUnit {
  stream: string;
  state: UnitState;
  revision: number;
  life: UnitLifecycleCommand[];
}

const START = Date.UTC(2025, 0, 1);
const TICK_MS = 4 * 3_600_000;

/**
 * The supply chain as the API would have appended it, in log order: at every tick a lot is registered and its
 * serials assigned in one bulk command, while the units of the lots before it take their next life step
 * (one command per unit). So the log interleaves creation and the lives of older units, as in production.
 * Events are decided by the real deciders, so every event is one the API would have accepted.
 * Yields one batch of append requests per bulk command or per life step of a lot.
 */
export function* supplyChainAppends(plan: SupplyChainPlan): Generator<AppendRequest[]> {
  const random = seededRandom(SEED + 1);
  // Units of the most recent lots, newest first: the lot assigned s ticks ago takes its life step s.
  const recent: LivingUnit[][] = [];
  for (let tick = 0; tick < plan.lots.length + LONGEST_LIFE; tick++) {
    const occurredAt = new Date(START + tick * TICK_MS).toISOString();
    const lot = plan.lots[tick];
    if (lot) {
      const { requests, units } = assignLot(lot, random, occurredAt);
      yield requests;
      recent.unshift(units);
    } else {
      recent.unshift([]);
    }
    recent.length = Math.min(recent.length, LONGEST_LIFE + 1);
    for (let step = 1; step < recent.length; step++) {
      const requests = lifeStep(recent[step], step - 1, occurredAt);
      if (requests.length) yield requests;
    }
  }
}

function assignLot(lot: LotPlan, random: () => number, occurredAt: string): { requests: AppendRequest[]; units: LivingUnit[] } {
  const registration = lotDecider.decide(
    {
      type: 'RegisterLot',
      lotId: lot.lotId,
      sku: lot.sku,
      producedAt: occurredAt.slice(0, 10),
      expiresAt: expiry(occurredAt),
      site: lot.plant,
      quantity: lot.size,
    },
    lotDecider.initialState(),
  );
  const bulk = syntheticCommand('mes-line-1');
  // The bulk command counts its serials against the lot's declared size, on the lot's stream, as the API does.
  const registered = registration.reduce((state, event) => lotDecider.evolve(state, event), lotDecider.initialState());
  const counted = lotDecider.decide({ type: 'AssignLotSerials', lotId: lot.lotId, occurredAt, sku: lot.sku, count: lot.size }, registered);
  const requests: AppendRequest[] = [
    { stream: lotStream(lot.lotId), events: syntheticEnvelopes(registration, syntheticCommand('erp'), occurredAt), expected: 'no_stream' },
    { stream: lotStream(lot.lotId), events: syntheticEnvelopes(counted, bulk, occurredAt), expected: registration.length - 1 },
  ];
  const units: LivingUnit[] = [];
  for (let unit = lot.firstUnit; unit < lot.firstUnit + lot.size; unit++) {
    const ref = { sku: lot.sku, serial: serialOf(unit) };
    const events = unitDecider.decide(
      { type: 'AssignSerial', ...ref, location: lot.plant, lot: { lotId: lot.lotId, sku: lot.sku } },
      unitDecider.initialState(),
    );
    const stream = unitStream(ref);
    requests.push({ stream, events: syntheticEnvelopes(events, bulk, occurredAt), expected: 'no_stream' });
    units.push({
      stream,
      state: events.reduce((state, event) => unitDecider.evolve(state, event), unitDecider.initialState()),
      revision: 0,
      life: lifeOf(random, lot.plant),
    });
  }
  return { requests, units };
}

function lifeStep(units: LivingUnit[], step: number, occurredAt: string): AppendRequest[] {
  const requests: AppendRequest[] = [];
  for (const unit of units) {
    const command = unit.life[step];
    if (!command) continue;
    const events = unitDecider.decide(command, unit.state);
    requests.push({ stream: unit.stream, events: syntheticEnvelopes(events, syntheticCommand('wms-scanner'), occurredAt), expected: unit.revision });
    unit.state = events.reduce((state, event) => unitDecider.evolve(state, event), unit.state);
    unit.revision += events.length;
  }
  return requests;
}

/** Lots keep for three years. */
const expiry = (producedAt: string): string => `${Number(producedAt.slice(0, 4)) + 3}${producedAt.slice(4, 10)}`;
