import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { lotOrigin } from '@trace/domain';
import { claimsModel, LineageDocument, lineageModel, unitsModel } from '@trace/projections';
import { countDistinct, countDocuments, Key, keyOf, pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { GetClaimRatesQuery } from './get-claim-rates.query';
import { ClaimRateItemResponse, ClaimRatesResponse } from './get-claim-rates.response';

/** Claims and units sold of one lot, before rates are taken. */
interface Tally {
  lotId: string;
  claims: number;
  sold: number;
}

/** What every lot origin starts with (`lot:`). */
const LOT = lotOrigin('');
/** The range of lot origins, so only the claimed units' lot strands are read: from `lot:` to before `lot;` (';' follows ':'). */
const LOT_ORIGINS = { from: LOT, before: `${LOT.slice(0, -1)};` };
/** Claimed units whose strands one page query reads (a JSON list bound once), and strands a page holds. */
const UNITS_PER_READ = 500;
const STRANDS_PER_PAGE = 5_000;

const total = (counts: Record<string, number>): number => Object.values(counts).reduce((sum, n) => sum + n, 0);
const rateOf = (claims: number, sold: number): number | null => (sold === 0 ? null : claims / sold);

/**
 * The lot a strand of a claimed unit reaches other than the unit's own: every lot strand but the unit's own lot
 * (`how: 'lot'` with a path of the unit alone). That leaves material consumed into the unit or into any of its
 * components (`consumed`, at any depth), and its components' own lots (`lot` with a longer path).
 */
function componentLot(strand: LineageDocument): string | null {
  if (!strand.origin.startsWith(LOT)) return null;
  if (strand.how === 'lot' && strand.path.length === 1) return null;
  return decodeURIComponent(strand.origin.slice(LOT.length));
}

/**
 * Counts by lot id, and in all. A store names the count of the documents without a lot and that of a lot called
 * "null" alike ('null', one hiding the other), so when that key comes back each is counted apart.
 */
async function byLot(count: (lot?: { lotId: string | null }) => Promise<Record<string, number>>): Promise<{ lots: Map<string, number>; all: number }> {
  const lots = new Map(Object.entries(await count()));
  let withoutLot = 0;
  if (lots.has('null')) {
    const [named, none] = await Promise.all([count({ lotId: 'null' }), count({ lotId: null })]);
    withoutLot = total(none);
    if (total(named) > 0) lots.set('null', total(named));
    else lots.delete('null');
  }
  return { lots, all: [...lots.values()].reduce((sum, n) => sum + n, withoutLot) };
}

/** What a grouping answers before rates are taken: its lots, and the SKU's claims and units sold. */
interface Tallies {
  lots: Tally[];
  claims: number;
  sold: number;
}

/**
 * Lots of a SKU ranked by claims per unit sold, from three read models and their indexes: claims counted by lot or
 * by unit (`warranty_claims`), units sold counted by lot (`units`), and, by component lot, the claimed units' lot
 * strands and the sold units that hold each lot found there (`lineage`). A unit counts as sold once a sale sold it
 * (a replacement given under a claim is no sale); every claim filed counts, goodwill included.
 */
@QueryHandler(GetClaimRatesQuery)
export class GetClaimRatesHandler implements IQueryHandler<GetClaimRatesQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ sku, by }: GetClaimRatesQuery): Promise<ClaimRatesResponse> {
    const { lots, claims, sold } = by === 'lot' ? await this.ownLots(sku) : await this.componentLots(sku);
    const rate = rateOf(claims, sold);
    return { sku, by, baseline: { claims, sold, rate }, items: ranked(lots, rate) };
  }

  /** Every lot with units sold or claims: claims and units sold counted by the units' own lot. */
  private async ownLots(sku: string): Promise<Tallies> {
    const [claims, sales] = await Promise.all([
      byLot((lot) => countDocuments(this.reads, claimsModel, { sku, ...lot }, 'lotId')),
      byLot((lot) => countDocuments(this.reads, unitsModel, { sku, sold: 1, ...lot }, 'lotId')),
    ]);
    const lotIds = new Set([...claims.lots.keys(), ...sales.lots.keys()]);
    const lots = [...lotIds].map((lotId) => ({ lotId, claims: claims.lots.get(lotId) ?? 0, sold: sales.lots.get(lotId) ?? 0 }));
    return { lots, claims: claims.all, sold: sales.all };
  }

  /**
   * The lots in the claimed units' genealogy, other than their own: each claim counts once for every such lot its
   * unit holds (however many strands lead there); units sold are the SKU's sold units with a strand from the lot.
   */
  private async componentLots(sku: string): Promise<Tallies> {
    const [claimsByUnit, sold] = await Promise.all([
      countDocuments(this.reads, claimsModel, { sku }, 'serial'),
      countDocuments(this.reads, unitsModel, { sku, sold: 1 }, 'sold'),
    ]);
    const holders = new Map<string, Set<string>>();
    const serials = Object.keys(claimsByUnit);
    for (let at = 0; at < serials.length; at += UNITS_PER_READ) {
      for await (const strand of this.lotStrands(sku, serials.slice(at, at + UNITS_PER_READ))) {
        const lotId = componentLot(strand);
        if (lotId === null) continue;
        const units = holders.get(lotId) ?? new Set<string>();
        holders.set(lotId, units.add(strand.serial));
      }
    }
    const lots = await Promise.all(
      [...holders].map(async ([lotId, units]): Promise<Tally> => {
        // A unit holds a lot by several strands (twelve cells of one lot): its units are the distinct serials.
        const soldHolding = await countDistinct(this.reads, lineageModel, { origin: lotOrigin(lotId), sku, sold: 1 }, 'serial');
        let claims = 0;
        for (const serial of units) claims += claimsByUnit[serial];
        return { lotId, claims, sold: soldHolding };
      }),
    );
    return { lots, claims: total(claimsByUnit), sold: total(sold) };
  }

  /** The lot strands of some units of a SKU, a page at a time. */
  private async *lotStrands(sku: string, serials: string[]): AsyncGenerator<LineageDocument> {
    let after: Key | undefined;
    for (;;) {
      const page = await pageDocuments(this.reads, lineageModel, { sku, serial: serials }, STRANDS_PER_PAGE, after, { ranges: { origin: LOT_ORIGINS } });
      yield* page;
      if (page.length < STRANDS_PER_PAGE) return;
      after = keyOf(lineageModel, page[page.length - 1]);
    }
  }
}

/** Rates and ratios to the baseline, highest rate first, lots without a rate (nothing sold) last, then by lot id. */
function ranked(tallies: Tally[], baseline: number | null): ClaimRateItemResponse[] {
  const items = tallies.map(({ lotId, claims, sold }) => {
    const rate = rateOf(claims, sold);
    return { lotId, claims, sold, rate, ratio: rate === null || !baseline ? null : rate / baseline };
  });
  const order = (rate: number | null) => rate ?? -1;
  return items.sort((a, b) => order(b.rate) - order(a.rate) || (a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0));
}
