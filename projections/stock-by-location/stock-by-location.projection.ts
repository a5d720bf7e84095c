import { isUnitEvent, UnitEvent } from '@trace/domain';
import { Change, ReadModelDefinition } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';

/** How many units of each SKU are at each location; events carry `from`, so counts need no lookups. */
export const stockModel: ReadModelDefinition = {
  name: 'stock_by_location',
  key: ['location', 'sku'],
  fields: { location: 'text', sku: 'text', count: 'integer' },
  indexes: [],
};

const move = (location: string, sku: string, delta: number): Change => ({
  op: 'increment',
  model: 'stock_by_location',
  key: { location, sku },
  by: { count: delta },
});

function changesFor(event: UnitEvent): Change[] {
  const sku = event.data.sku;
  switch (event.type) {
    case 'SerialAssigned':
      return [move(event.data.location, sku, 1)];
    case 'UnitMoved':
      return [move(event.data.from, sku, -1), move(event.data.to, sku, 1)];
    case 'UnitShipped':
    case 'UnitSold':
      return [move(event.data.from, sku, -1)];
    case 'UnitReceived':
    case 'UnitReturned':
      return [move(event.data.location, sku, 1)];
    case 'UnitScrapped':
      return event.data.from === null ? [] : [move(event.data.from, sku, -1)];
    case 'UnitInstalled':
      return event.data.from === null ? [] : [move(event.data.from, sku, -1)];
    case 'UnitRemoved':
      return event.data.location === null ? [] : [move(event.data.location, sku, 1)];
    default:
      return [];
  }
}

export const stockByLocationProjection: Projection = {
  name: 'stock-by-location',
  models: [stockModel],
  project(event: ProjectedEvent) {
    return isUnitEvent(event) ? changesFor(event) : [];
  },
};
