import { Inject, Injectable } from '@nestjs/common';
import { NotFound, UnitRef, unitKey, unitStream } from '@trace/domain';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { locationIntervalsModel, lotsModel, UnitDocument, unitsModel } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore, Where } from '@trace/read-store';
import { allPages, allRows, keptPage, pageOf, PageRequest } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { LotUnitsFilter } from '../../shared/lot-units-filter';
import { parentChain } from '../../shared/parent-chain';
import { serialsBySku } from '../../shared/serials-by-sku';
import { stateAt, TimeClock, TimedEvent, UnitWhereabouts, whereaboutsAt } from './time-clock';

class ParentNotYet extends Error {}

/** Where units were, by either clock: one unit from its stream, the units of a lot from the location intervals. */
@Injectable()
export class TimeTravel {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  /** One unit by the clock; built into others then, it was where the outermost of them was, each read by the same clock. */
  async unit(unit: UnitRef, clock: TimeClock): Promise<UnitWhereabouts> {
    const history = await this.events.readStream(unitStream(unit));
    if (history.length === 0) throw new NotFound(`unit ${unitKey(unit)} not found`);
    const at = stateAt(history, clock);
    if (!at) throw new NotFound(`unit ${unitKey(unit)} did not exist yet at that time`);
    const within = await parentChain(at.state, async (parent) => {
      const parentAt = stateAt(await this.events.readStream(unitStream(parent)), clock);
      // Facts dated out of order can build a unit into one that did not exist yet by `asOf`: it then names its parent only.
      if (!parentAt) throw new ParentNotYet();
      return parentAt.state;
    }).catch((error: unknown) => {
      if (error instanceof ParentNotYet) return undefined;
      throw error;
    });
    return whereaboutsAt(history, clock, within) as UnitWhereabouts;
  }

  /** A page of the lot's units by the clock (see `units`); 404 for a lot never registered. */
  async lotUnits(lotId: string, clock: TimeClock, query: LotUnitsFilter): Promise<Page<UnitWhereabouts>> {
    if (!(await getDocument(this.reads, lotsModel, { lotId }))) throw new NotFound(`lot ${lotId} not found`);
    return this.units({ lotId }, clock, query);
  }

  /**
   * A page of the units of a lot or a SKU (fields a unit never changes), in key order as without a clock, with
   * where each was at the clock's time. Units that did not exist yet, or do not match the placement asked for,
   * are skipped: the units are read on, `limit` at a time, until the page is full or none is left.
   */
  async units(members: Where<UnitDocument>, clock: TimeClock, query: PlacementFilter & PageRequest): Promise<Page<UnitWhereabouts>> {
    const placed = async (units: UnitDocument[]) => {
      const timelines = await this.timelines(units);
      return units.map((unit) => {
        const whereabouts = whereaboutsAt(timelines.get(unitKey(unit)) ?? [], clock);
        return whereabouts && matches(whereabouts, query) ? whereabouts : null;
      });
    };
    const read = (page: PageRequest) => pageOf(this.reads, unitsModel, members, page);
    return keptPage(read, placed, query, ({ sku, serial }) => ({ sku, serial }));
  }

  /** How many of the lot's units were in each status by the clock (those that existed then), read a page at a time. */
  async lotUnitCounts(lotId: string, clock: TimeClock): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for await (const units of allPages(this.reads, unitsModel, { lotId })) {
      const timelines = await this.timelines(units);
      for (const unit of units) {
        const status = whereaboutsAt(timelines.get(unitKey(unit)) ?? [], clock)?.status;
        if (status !== undefined) counts[status] = (counts[status] ?? 0) + 1;
      }
    }
    return counts;
  }

  /** The whereabouts events of a page of units: one scan of the location intervals per SKU (a lot has one). */
  private async timelines(units: UnitRef[]): Promise<Map<string, TimedEvent[]>> {
    const timelines = new Map<string, TimedEvent[]>();
    for (const [sku, serials] of serialsBySku(units)) {
      for await (const row of allRows(this.reads, locationIntervalsModel, { sku, serial: serials }, 5_000)) {
        const key = unitKey(row);
        const timeline = timelines.get(key) ?? [];
        timeline.push(row);
        timelines.set(key, timeline);
      }
    }
    return timelines;
  }
}

/** Where a unit was, as a query may ask for it (each field given must be equal). */
export type PlacementFilter = Partial<Pick<UnitWhereabouts, 'status' | 'location' | 'customer' | 'custodian'>>;

const matches = (unit: UnitWhereabouts, filter: PlacementFilter) =>
  (['status', 'location', 'customer', 'custodian'] as const).every((field) => filter[field] === undefined || unit[field] === filter[field]);
