import { CountFacts, Placement, UnitTimeline } from '../count/count.report';

export const at = (location: string): Placement => ({ status: 'in_stock', location });
export const sold: Placement = { status: 'sold', location: null };
export const shipped: Placement = { status: 'in_transit', location: null };
export const missing: Placement = { status: 'missing', location: null };

/** A count of WH-A closed at position 200, expecting what the record placed there (in stock) before it opened. */
export function countFacts(timelines: Record<string, UnitTimeline>, scans: Array<[string, number]>, more: Partial<CountFacts> = {}): CountFacts {
  const map = new Map(Object.entries(timelines));
  return {
    location: 'WH-A',
    includeSublocations: false,
    closedAt: 200,
    expected: [...map].filter(([, timeline]) => timeline.before?.location === 'WH-A' && timeline.before.status === 'in_stock').map(([unit]) => unit),
    scans: scans.map(([unit, position]) => ({ unit, position })),
    unknown: 0,
    timelines: map,
    lots: [],
    ...more,
  };
}
