import { containersProjection } from './containers/containers.projection';
import { lineageProjection } from './lineage/lineage.projection';
import { locationIntervalsProjection } from './location-intervals/location-intervals.projection';
import { lotsProjection } from './lots/lots.projection';
import { Projection } from './projection';
import { recallsProjection } from './recalls/recalls.projection';
import { stockByLocationProjection } from './stock-by-location/stock-by-location.projection';
import { unitsProjection } from './units/units.projection';

export * from './projection';
export * from './units/units.projection';
export * from './units/placement';
export * from './units/unit-fields';
export * from './lots/lots.projection';
export * from './stock-by-location/stock-by-location.projection';
export * from './lineage/lineage.projection';
export * from './recalls/recalls.projection';
export * from './location-intervals/location-intervals.projection';
export * from './containers/containers.projection';

/** Every projection the projector runs, in one group with one checkpoint. */
export const ALL_PROJECTIONS: Projection[] = [
  unitsProjection,
  lotsProjection,
  stockByLocationProjection,
  lineageProjection,
  recallsProjection,
  locationIntervalsProjection,
  containersProjection,
];
