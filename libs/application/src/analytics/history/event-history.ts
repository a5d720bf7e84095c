import { Inject, Injectable } from '@nestjs/common';
import { lotStream, NotFound, UnitRef, unitKey, unitStream } from '@trace/domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '@trace/event-store';
import { unitsModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { mapLimited } from '@trace/shared';
import { allRows } from '../../shared/paging';

/** Remote event stores answer one stream per round trip: a few at once, not thousands. */
const STREAM_READS_IN_FLIGHT = 16;

/** Complete, ordered histories straight from the event log. */
@Injectable()
export class EventHistory {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  async unit(unit: UnitRef): Promise<RecordedEvent[]> {
    const events = await this.events.readStream(unitStream(unit));
    if (events.length === 0) throw new NotFound(`unit ${unitKey(unit)} not found`);
    return events;
  }

  /** The lot's own events and those of every unit assigned from it, in log order. */
  async lot(lotId: string): Promise<RecordedEvent[]> {
    const own = await this.events.readStream(lotStream(lotId));
    if (own.length === 0) throw new NotFound(`lot ${lotId} not found`);
    // Membership comes from the units read model (a unit's lot is fixed when assigned); the events from the log.
    const units: UnitRef[] = [];
    for await (const { sku, serial } of allRows(this.reads, unitsModel, { lotId })) units.push({ sku, serial });
    const streams = await mapLimited(units, STREAM_READS_IN_FLIGHT, (unit) => this.events.readStream(unitStream(unit)));
    return [own, ...streams].flat().sort((a, b) => a.position - b.position);
  }
}
