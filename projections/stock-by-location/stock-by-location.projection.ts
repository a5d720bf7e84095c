import { isUnitEvent, isUnitRecordEvent, UnitEvent } from '@trace/domain';
import { Change, increment, ReadModel } from '@trace/read-store';
import { ProjectedEvent, Projection, unhandled } from '../projection';

export interface StockDocument {
  location: string;
  sku: string;
  count: number;
}

/** How many units of each SKU are at each location; events carry `from`, so counts need no lookups. */
export const stockModel: ReadModel<StockDocument> = {
  name: 'stock_by_location',
  key: ['location', 'sku'],
  fields: { location: 'text', sku: 'text', count: 'integer' },
  indexes: [],
};

const move = (location: string, sku: string, delta: number): Change => increment(stockModel, { location, sku }, { count: delta });

function stockChanges(event: UnitEvent): Change[] {
  if (isUnitRecordEvent(event)) return [];
  switch (event.type) {
    case 'SerialAssigned':
      return [move(event.data.location, event.data.sku, 1)];
    case 'UnitMoved':
      return [move(event.data.from, event.data.sku, -1), move(event.data.to, event.data.sku, 1)];
    case 'UnitShipped':
    case 'UnitSold':
      return [move(event.data.from, event.data.sku, -1)];
    case 'UnitReceived':
    case 'UnitReturned':
    case 'UnitFound':
      return [move(event.data.location, event.data.sku, 1)];
    // A replaced unit comes back where it is returned to; a replacement leaves its stock.
    case 'WarrantyClaimResolved':
      return event.data.returnedTo === null ? [] : [move(event.data.returnedTo, event.data.sku, 1)];
    case 'UnitGivenAsReplacement':
      return [move(event.data.from, event.data.sku, -1)];
    // Reported missing where the count looked for it, which is where the record placed it.
    case 'UnitReportedMissing':
      return [move(event.data.location, event.data.sku, -1)];
    case 'UnitScrapped':
    case 'UnitInstalled':
      return event.data.from === null ? [] : [move(event.data.from, event.data.sku, -1)];
    case 'UnitRemoved':
      return event.data.location === null ? [] : [move(event.data.location, event.data.sku, 1)];
    // Neither changes where a unit is: repairs happen in place, packing too.
    case 'UnitRepaired':
    case 'UnitPacked':
    case 'UnitUnpacked':
    case 'LotConsumed':
    case 'ComponentInstalled':
    case 'ComponentRemoved':
    case 'LineageExtended':
    case 'LineageReduced':
    case 'UnitQuarantined':
    case 'UnitRecallResolved':
      return [];
    default:
      return unhandled(event);
  }
}

const project = (event: ProjectedEvent): Change[] => (isUnitEvent(event) ? stockChanges(event) : []);

export const stockByLocationProjection: Projection<'stock-by-location'> = { name: 'stock-by-location', models: [stockModel], project };
