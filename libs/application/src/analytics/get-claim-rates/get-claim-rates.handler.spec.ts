import { decideInstall, decideWarranty, DomainEvent, ExistingUnit, fold, UnitCommand, unitDecider, UnitEvent, UnitRef, WarrantyCommand } from '@trace/domain';
import { claimsProjection, lineageProjection, unitsProjection } from '@trace/projections';
import { SqliteReadStore } from '@trace/read-store/sqlite';
import { materialise } from '../../../../../projections/testing/materialise';
import { GetClaimRatesHandler } from './get-claim-rates.handler';
import { GetClaimRatesQuery } from './get-claim-rates.query';
import { ClaimRateGrouping, ClaimRatesResponse } from './get-claim-rates.response';

const TERMS = { months: 12, startsAt: 'sale' as const };
const SOLD_AT = '2026-01-01T00:00:00.000Z';
const CLAIMED_AT = '2026-06-01T00:00:00.000Z';
/** After the twelve months from the sale: only a goodwill claim is taken then. */
const LATE = '2027-06-01T00:00:00.000Z';

/** Units as their streams, every decision made by the deciders on the folded unit, as the handlers would. */
class Plant {
  readonly log: DomainEvent[] = [];
  private readonly streams = new Map<string, UnitEvent[]>();

  private state(unit: UnitRef): ExistingUnit {
    return fold(unitDecider, this.streams.get(`${unit.sku}/${unit.serial}`) ?? []) as ExistingUnit;
  }

  private record(events: UnitEvent[]): void {
    for (const event of events) {
      const key = `${event.data.sku}/${event.data.serial}`;
      this.streams.set(key, [...(this.streams.get(key) ?? []), event]);
      this.log.push(event);
    }
  }

  act(unit: UnitRef, command: UnitCommand): this {
    this.record(unitDecider.decide(command, command.type === 'AssignSerial' ? unitDecider.initialState() : this.state(unit)));
    return this;
  }

  warranty(unit: UnitRef, command: WarrantyCommand): this {
    this.record(decideWarranty(command, this.state(unit)));
    return this;
  }

  assign(unit: UnitRef, lotId: string | null): this {
    const lot = lotId === null ? undefined : { lotId, sku: unit.sku };
    return this.act(unit, { type: 'AssignSerial', ...unit, location: 'LINE', lot });
  }

  install(parent: UnitRef, component: UnitRef): this {
    const events = decideInstall({ parent: this.state(parent), component: this.state(component), ancestors: [] });
    this.record([...events.parent, ...events.component]);
    return this;
  }

  sell(unit: UnitRef): this {
    return this.act(unit, { type: 'SellUnit', customer: `CUST-${unit.serial}`, receipt: `R-${unit.serial}`, warranty: TERMS, occurredAt: SOLD_AT });
  }

  claim(unit: UnitRef, claimId: string, goodwill = false): this {
    const when = goodwill ? { occurredAt: LATE, goodwill, reason: 'loyal customer' } : { occurredAt: CLAIMED_AT };
    return this.warranty(unit, { type: 'FileClaim', claimId, customer: `CUST-${unit.serial}`, problem: 'does not hold a charge', ...when });
  }
}

const pack = (n: number): UnitRef => ({ sku: 'PACK', serial: `P${n}` });
const cell = (n: number, i: number): UnitRef => ({ sku: 'CELL', serial: `C${n}-${i}` });

/**
 * 200 packs sold, two cells built into each and glue consumed into each. Packs 0–9 hold cells of supplier lot CL-A,
 * the others of CL-B; packs 0–99 are of pack lot PL-1, 100–199 of PL-2. Claims: packs 0–5 (CL-A: 6 of 10 sold, pack
 * 0's claim goodwill, then replaced), 10–29 and 100–117 (CL-B: 38 of 190 sold), so CL-A's packs are claimed at three
 * times CL-B's rate. Pack 200 (CL-B, PL-2) is never sold: it is given as pack 0's replacement.
 */
function packPlant(): Plant {
  const plant = new Plant();
  for (let n = 0; n <= 200; n++) {
    plant.assign(pack(n), n < 100 ? 'PL-1' : 'PL-2');
    for (const i of [1, 2]) plant.assign(cell(n, i), n < 10 ? 'CL-A' : 'CL-B').install(pack(n), cell(n, i));
    plant.act(pack(n), { type: 'ConsumeLot', lot: { lotId: 'GLUE-1', sku: 'GLUE' }, quantity: 0.01 });
    if (n < 200) plant.sell(pack(n));
  }
  const claimed = [...range(0, 5), ...range(10, 29), ...range(100, 117)];
  for (const n of claimed) plant.claim(pack(n), `W-${n}`, n === 0);
  plant.warranty(pack(0), { type: 'DecideClaim', claimId: 'W-0', approved: true, reason: 'goodwill' });
  plant.warranty(pack(0), {
    type: 'ResolveClaim',
    occurredAt: '2026-06-02T00:00:00.000Z',
    claimId: 'W-0',
    action: 'replaced',
    note: 'new pack',
    replacement: pack(200),
    returnedTo: 'RMA',
  });
  plant.warranty(pack(200), {
    type: 'GiveAsReplacement',
    claimId: 'W-0',
    replaces: pack(0),
    customer: 'CUST-P0',
    endsAt: '2027-01-01T00:00:00.000Z',
    occurredAt: LATE,
  });
  return plant;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('claim rates by lot', () => {
  let reads: SqliteReadStore;
  const rates = (sku: string, by: ClaimRateGrouping): Promise<ClaimRatesResponse> => new GetClaimRatesHandler(reads).execute(new GetClaimRatesQuery(sku, by));
  const read = (plant: Plant) => materialise([unitsProjection, lineageProjection, claimsProjection], plant.log);

  afterEach(() => reads?.close());

  it('puts the supplier lot whose cells sit in packs claimed three times as often first, by component lot', async () => {
    reads = await read(packPlant());
    const answer = await rates('PACK', 'component-lot');
    const baseline = 44 / 200;
    expect(answer.baseline).toEqual({ claims: 44, sold: 200, rate: baseline });
    // Glue consumed into every pack is a component lot too; the packs' own lots are not.
    expect(answer.items).toEqual([
      { lotId: 'CL-A', claims: 6, sold: 10, rate: 0.6, ratio: 0.6 / baseline },
      { lotId: 'GLUE-1', claims: 44, sold: 200, rate: baseline, ratio: 1 },
      { lotId: 'CL-B', claims: 38, sold: 190, rate: 0.2, ratio: 0.2 / baseline },
    ]);
    expect(answer.items[0].rate! / answer.items[2].rate!).toBeCloseTo(3, 10);
    expect(answer.items[0].ratio).toBeCloseTo(2.73, 2);
  });

  it('counts claims and units sold by the units’ own lot, replacements not sold and goodwill claims counted', async () => {
    reads = await read(packPlant());
    const answer = await rates('PACK', 'lot');
    expect(answer).toEqual({
      sku: 'PACK',
      by: 'lot',
      baseline: { claims: 44, sold: 200, rate: 0.22 },
      items: [
        { lotId: 'PL-1', claims: 26, sold: 100, rate: 0.26, ratio: 0.26 / 0.22 },
        { lotId: 'PL-2', claims: 18, sold: 100, rate: 0.18, ratio: 0.18 / 0.22 },
      ],
    });
  });

  it('answers an unknown SKU with no lots and no rate', async () => {
    reads = await read(packPlant());
    for (const by of ['lot', 'component-lot'] as const) {
      expect(await rates('NOPE', by)).toEqual({ sku: 'NOPE', by, baseline: { claims: 0, sold: 0, rate: null }, items: [] });
    }
  });

  it('ranks a lot whose claimed units were never sold last, without a rate, and counts units without a lot only in the baseline', async () => {
    const plant = new Plant();
    // A lot named "null", units without a lot, a lot whose only unit is a replacement claimed again, a lot without claims.
    const units = { named: pack(1), noLot: pack(2), replaced: pack(3), replacement: pack(4), quiet: pack(5) };
    plant.assign(units.named, 'null').assign(units.noLot, null).assign(units.replaced, 'PL-R').assign(units.replacement, 'PL-X').assign(units.quiet, 'PL-Q');
    for (const unit of [units.named, units.noLot, units.replaced, units.quiet]) plant.sell(unit);
    plant.claim(units.named, 'W-1').claim(units.noLot, 'W-2').claim(units.replaced, 'W-3');
    plant.warranty(units.replaced, { type: 'DecideClaim', claimId: 'W-3', approved: true, reason: 'faulty' });
    plant.warranty(units.replaced, {
      type: 'ResolveClaim',
      occurredAt: '2026-06-02T00:00:00.000Z',
      claimId: 'W-3',
      action: 'replaced',
      note: 'swap',
      replacement: units.replacement,
      returnedTo: 'RMA',
    });
    plant.warranty(units.replacement, {
      type: 'GiveAsReplacement',
      claimId: 'W-3',
      replaces: units.replaced,
      customer: 'CUST-P3',
      endsAt: LATE,
      occurredAt: CLAIMED_AT,
    });
    plant.warranty(units.replacement, { type: 'FileClaim', claimId: 'W-4', customer: 'CUST-P3', problem: 'dead again', occurredAt: CLAIMED_AT });
    reads = await read(plant);
    const answer = await rates('PACK', 'lot');
    expect(answer.baseline).toEqual({ claims: 4, sold: 4, rate: 1 });
    expect(answer.items).toEqual([
      { lotId: 'PL-R', claims: 1, sold: 1, rate: 1, ratio: 1 },
      { lotId: 'null', claims: 1, sold: 1, rate: 1, ratio: 1 },
      { lotId: 'PL-Q', claims: 0, sold: 1, rate: 0, ratio: 0 },
      { lotId: 'PL-X', claims: 1, sold: 0, rate: null, ratio: null },
    ]);
  });

  // The lineage projection marks a unit's strands sold on UnitMoved and UnitShipped as well as UnitSold: a pack
  // moved and never sold counts as sold by component lot. Drop `.failing` once the projection marks sales only.
  it('counts a pack moved but never sold as not sold, by component lot', async () => {
    const plant = packPlant();
    plant.assign(pack(201), 'PL-2').assign(cell(201, 1), 'CL-B').install(pack(201), cell(201, 1)).act(pack(201), { type: 'MoveUnit', to: 'WH-B' });
    reads = await read(plant);
    const clB = (await rates('PACK', 'component-lot')).items.find((item) => item.lotId === 'CL-B');
    expect(clB?.sold).toBe(190);
  });
});
