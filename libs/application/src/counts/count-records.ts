import { Inject, Injectable } from '@nestjs/common';
import {
  CloseCount,
  countDecider,
  countExpectationStream,
  CountEvent,
  countReport,
  CountReport,
  CountScanned,
  countStream,
  ExistingCount,
  fold,
  isAt,
  LotFinding,
  lotDecider,
  LotQuantity,
  lotStream,
  Micros,
  NotFound,
  Placement,
  UnitEvent,
  UnitRef,
  unitKey,
  UnitTimeline,
} from '@trace/domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '@trace/event-store';
import { locationIntervalsModel, lotPlacesModel, ownPlacement, UnitDocument, unitsModel } from '@trace/projections';
import { Key, keyOf, pageDocuments, PageShape, READ_STORE, ReadModel, ReadStore, Where } from '@trace/read-store';
import { allRows } from '../shared/paging';
import { ReadModelsPosition } from '../shared/read-models-position';
import { recordedFacts } from '../shared/event-envelopes';
import { serialsBySku } from '../shared/serials-by-sku';

const PAGE = 5_000;

/** A count as its stream records it. */
export interface CountRecord {
  count: ExistingCount;
  history: RecordedEvent[];
}

/** A count's report as judged at one log position, and the close command that records it. */
export interface Judgement {
  report: CountReport;
  lots: LotFinding[];
  close: CloseCount;
}

/** The location, or every location under it. */
interface Place {
  location: string;
  includeSublocations: boolean;
}

/** What the record places at a unit's key: a unit built into another is on no shelf of its own. */
const placementOf = (unit: Pick<UnitDocument, 'status' | 'location' | 'top'>): Placement => ({
  status: unit.status as Placement['status'],
  location: unit.top ? null : unit.location,
});

/**
 * Reads what a count is judged against: the count's own stream, and the record of units and lots around it. Reads
 * start at the log head once the read models include it (read your writes), so nothing recorded before is left out.
 */
@Injectable()
export class CountRecords {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly readModels: ReadModelsPosition,
  ) {}

  async load(countId: string): Promise<CountRecord> {
    const history = await this.events.readStream(countStream(countId));
    const count = fold(countDecider, recordedFacts<CountEvent>(history));
    if (!count.exists) throw new NotFound(`count ${countId} not found`);
    return { count, history };
  }

  /** What a counting appended at `revision` of the count's stream recorded (the answer of an idempotent retry). */
  async scannedBy(countId: string, revision: number): Promise<CountScanned['data']> {
    const event = (await this.events.readStream(countStream(countId)))[revision];
    return (recordedFacts<CountEvent>([event])[0] as CountScanned).data;
  }

  /** The log head, once every read model includes it. */
  async head(): Promise<number> {
    const head = await this.events.headPosition();
    await this.readModels.waitFor(head);
    return head;
  }

  /** Units in stock or returned at the place (a unit already missing is expected nowhere), by the read models now. */
  async *unitsAt(place: Place): AsyncGenerator<UnitDocument> {
    for await (const unit of this.placed(unitsModel, 'location', place, {}))
      if ((unit.status === 'in_stock' || unit.status === 'returned') && !unit.top) yield unit;
  }

  /** Lot quantities in stock at the place, summed over its sublocations. */
  async lotsAt(place: Place): Promise<LotQuantity[]> {
    const held = new Map<string, number>();
    for await (const stock of this.placed(lotPlacesModel, 'place', place, { kind: 'location' })) {
      held.set(stock.lotId, (held.get(stock.lotId) ?? 0) + stock.quantityMicros);
    }
    return [...held].map(([lotId, quantity]) => ({ lotId, quantity: quantity as Micros }));
  }

  /**
   * Documents whose `field` is the location or, with sublocations, under it (`location/…`: a range of the index, so
   * `where` may only name the fields the index has before `field`).
   */
  private async *placed<Doc extends object>(model: ReadModel<Doc>, field: keyof Doc & string, place: Place, where: Where<Doc>): AsyncGenerator<Doc> {
    yield* allRows(this.reads, model, { ...where, [field]: place.location } as Where<Doc>, PAGE);
    if (!place.includeSublocations) return;
    // '0' follows '/' in code point order: the range holds exactly the names that start with `location/`.
    const shape: PageShape<Doc> = {
      order: { by: field },
      ranges: { [field]: { from: `${place.location}/`, before: `${place.location}0` } } as PageShape<Doc>['ranges'],
    };
    let after: Key | undefined;
    for (;;) {
      const page = await pageDocuments(this.reads, model, where, PAGE, after, shape);
      yield* page;
      if (page.length < PAGE) return;
      after = keyOf(model, page[page.length - 1], shape.order);
    }
  }

  /**
   * The report of a count, judging the record as it stands at log position `judgedAt` (the close). A unit whose record
   * did not change since the count read its expectation keeps the placement its document shows; one that changed is
   * judged on its timeline from the location intervals, so a move during the count is placed exactly between scans.
   */
  async judge({ count, history }: CountRecord, judgedAt: number): Promise<Judgement> {
    const place = { location: count.location, includeSublocations: count.includeSublocations };
    const expected: string[] = [];
    const expectedLots: LotQuantity[] = [];
    const scans: Array<{ unit: string; position: number }> = [];
    const counted = new Map<string, { quantity: number; position: number }>();
    let unknown = 0;
    const refs = new Map<string, UnitRef>();
    const known = (unit: UnitRef) => {
      const key = unitKey(unit);
      refs.set(key, { sku: unit.sku, serial: unit.serial });
      return key;
    };
    const expectation = recordedFacts<CountEvent>(await this.events.readStream(countExpectationStream(count.countId)));
    for (const fact of expectation) {
      if (fact.type !== 'CountExpected') continue;
      for (const unit of fact.data.units) expected.push(known(unit));
      expectedLots.push(...fact.data.lots);
    }
    for (const event of history) {
      const fact = event as unknown as CountEvent;
      if (fact.type === 'CountScanned') {
        for (const unit of [...fact.data.units, ...fact.data.duplicates]) scans.push({ unit: known(unit), position: event.position });
        unknown += fact.data.unknown.length;
        for (const { lotId, quantity } of fact.data.lots) {
          counted.set(lotId, { quantity: (counted.get(lotId)?.quantity ?? 0) + quantity, position: event.position });
        }
      }
    }

    const documents = new Map<string, UnitDocument>();
    for await (const unit of this.unitsAt(place)) documents.set(known(unit), unit);
    const elsewhere = [...refs.keys()].filter((key) => !documents.has(key)).map((key) => refs.get(key) as UnitRef);
    for (const [sku, serials] of serialsBySku(elsewhere)) {
      for (let start = 0; start < serials.length; start += PAGE) {
        const chunk = serials.slice(start, start + PAGE);
        for (const unit of await pageDocuments(this.reads, unitsModel, { sku, serial: chunk }, chunk.length)) documents.set(unitKey(unit), unit);
      }
    }
    const timelines = new Map<string, UnitTimeline>();
    const changed: UnitRef[] = [];
    for (const [key, unit] of documents) {
      if (unit.position > count.readAt) changed.push(refs.get(key) as UnitRef);
      else timelines.set(key, { before: placementOf(unit), changes: [] });
    }
    for (const [key, timeline] of await this.timelines(changed)) timelines.set(key, timeline);

    const lots = await this.lotLines(place, expectedLots, counted, judgedAt);
    const report = countReport({ ...place, closedAt: judgedAt, expected, scans, unknown, timelines, lots });
    const unit = (key: string) => refs.get(key) as UnitRef;
    const close: CloseCount = {
      type: 'CloseCount',
      judgedAt,
      counters: {
        expected: report.expected,
        counted: report.counted,
        matched: report.matched.length,
        left: report.left.length,
        missing: report.missing.length,
        unexpected: report.unexpected.length,
        unknown: report.unknown,
        duplicates: report.duplicates,
      },
      lots,
      missing: report.missing.map(({ unit: key, recorded }) => ({ ...unit(key), location: recorded.location as string })),
      unexpected: report.unexpected.map(({ unit: key, recorded }) => ({ ...unit(key), recorded })),
    };
    return { report, lots, close };
  }

  /** Placements of units in log order, from their whereabouts rows (each row's placement as the units projection sets it). */
  private async timelines(units: UnitRef[]): Promise<Map<string, UnitTimeline>> {
    const timelines = new Map<string, UnitTimeline>();
    for (const [sku, serials] of serialsBySku(units)) {
      const rows = new Map<string, Array<{ position: number; event: UnitEvent }>>();
      for await (const row of allRows(this.reads, locationIntervalsModel, { sku, serial: serials }, PAGE)) {
        const key = unitKey(row);
        const list = rows.get(key) ?? [];
        list.push({ position: row.position, event: row as unknown as UnitEvent });
        rows.set(key, list);
      }
      for (const [key, list] of rows) {
        list.sort((a, b) => a.position - b.position);
        let current: Pick<UnitDocument, 'status' | 'location' | 'top'> = { status: 'in_stock', location: null, top: null };
        const changes: UnitTimeline['changes'] = [];
        for (const { position, event } of list) {
          current = { ...current, ...pick(ownPlacement(event)) };
          changes.push({ position, ...placementOf(current) });
        }
        timelines.set(key, { before: null, changes });
      }
    }
    return timelines;
  }

  /**
   * Each lot's line: what its own stream held at the place just before it was last counted (at the close for a lot
   * never counted), and what was counted. Every lot expected, counted or at the place now has a line.
   */
  private async lotLines(
    place: Place,
    expected: LotQuantity[],
    counted: Map<string, { quantity: number; position: number }>,
    judgedAt: number,
  ): Promise<LotFinding[]> {
    const lotIds = new Set([...expected.map((lot) => lot.lotId), ...counted.keys(), ...(await this.lotsAt(place)).map((lot) => lot.lotId)]);
    const lines: LotFinding[] = [];
    for (const lotId of [...lotIds].sort()) {
      const until = counted.get(lotId)?.position ?? judgedAt + 1;
      const history = (await this.events.readStream(lotStream(lotId))).filter((event) => event.position < until);
      const lot = fold(lotDecider, recordedFacts(history));
      let held = 0;
      if (lot.exists)
        for (const [location, quantity] of Object.entries(lot.atLocations))
          if (isAt({ status: 'in_stock', location }, place.location, place.includeSublocations)) held += quantity;
      const quantity = counted.get(lotId)?.quantity ?? 0;
      if (held === 0 && quantity === 0) continue;
      lines.push({ lotId, expected: held as Micros, counted: quantity as Micros, difference: (quantity - held) as Micros });
    }
    return lines;
  }
}

const pick = (fields: Partial<UnitDocument>): Partial<Pick<UnitDocument, 'status' | 'location' | 'top'>> => {
  const picked: Partial<Pick<UnitDocument, 'status' | 'location' | 'top'>> = {};
  if ('status' in fields) picked.status = fields.status;
  if ('location' in fields) picked.location = fields.location;
  if ('top' in fields) picked.top = fields.top;
  return picked;
};
