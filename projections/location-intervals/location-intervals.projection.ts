import { datesWarranty, isUnitEvent, UnitEvent } from '@trace/domain';
import { ReadModel, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';
import { changesWhereabouts } from '../units/placement';

export interface LocationIntervalDocument {
  sku: string;
  serial: string;
  occurredAt: string;
  position: number;
  revision: number;
  recordedAt: string;
  type: UnitEvent['type'];
  data: UnitEvent['data'];
}

/**
 * A unit's whereabouts over time, for "where were the units of lot Y at T" without reading one stream per
 * unit. Each row opens an interval: from its `occurredAt` until the unit's next row, the unit is where the
 * unit decider's `evolve` puts it after the rows so far. Rows are the events themselves, so a late scan
 * (recorded after, but happened before, what is stored) slots into place without rewriting anything.
 */
export const locationIntervalsModel: ReadModel<LocationIntervalDocument> = {
  name: 'location_intervals',
  // Clustered by unit, then by when it happened (ties in log order): one unit's timeline is one range scan,
  // and a page of a lot's units is one scan with `serial` in a list. No other index is needed.
  key: ['sku', 'serial', 'occurredAt', 'position'],
  fields: {
    sku: 'text',
    serial: 'text',
    occurredAt: 'text',
    position: 'integer',
    revision: 'integer',
    recordedAt: 'text',
    type: 'text',
    data: 'json',
  },
  indexes: [],
};

/**
 * Which events count is the domain's own table of whereabouts effects (`changesWhereabouts`), not a list kept here;
 * with the few that date a warranty, so a unit's warranty by a clock is read from the same rows.
 */
function project(event: ProjectedEvent) {
  if (!isUnitEvent(event) || !(changesWhereabouts(event) || datesWarranty(event))) return [];
  const { sku, serial } = event.data;
  const key = { sku, serial, occurredAt: event.occurredAt, position: event.position };
  return [upsert(locationIntervalsModel, key, { revision: event.revision, recordedAt: event.recordedAt, type: event.type, data: event.data })];
}

export const locationIntervalsProjection: Projection<'location-intervals'> = { name: 'location-intervals', models: [locationIntervalsModel], project };
