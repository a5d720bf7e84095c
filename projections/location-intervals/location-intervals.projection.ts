import { isUnitEvent } from '@trace/domain';
import { ReadModelDefinition } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';
import { changesWhereabouts } from '../units/placement';

/**
 * A unit's whereabouts over time, for "where were the units of lot Y at T" without reading one stream per
 * unit. Each row opens an interval: from its `occurredAt` until the unit's next row, the unit is where the
 * unit decider's `evolve` puts it after the rows so far. Rows are the events themselves, so a late scan
 * (recorded after, but happened before, what is stored) slots into place without rewriting anything.
 */
export const locationIntervalsModel: ReadModelDefinition = {
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

export const locationIntervalsProjection: Projection = {
  name: 'location-intervals',
  models: [locationIntervalsModel],
  project(event: ProjectedEvent) {
    if (!isUnitEvent(event) || !changesWhereabouts(event)) return [];
    const { sku, serial } = event.data;
    return [
      {
        op: 'upsert',
        model: locationIntervalsModel.name,
        key: { sku, serial, occurredAt: event.occurredAt, position: event.position },
        set: { revision: event.revision, recordedAt: event.recordedAt, type: event.type, data: event.data },
      },
    ];
  },
};
