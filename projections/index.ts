import { containersProjection } from './containers/containers.projection';
import { countsProjection } from './counts/counts.projection';
import { claimsProjection } from './claims/claims.projection';
import { epcisProjection } from './epcis/epcis.projection';
import { productsProjection } from './products/products.projection';
import { lineageProjection } from './lineage/lineage.projection';
import { locationIntervalsProjection } from './location-intervals/location-intervals.projection';
import { lotsProjection } from './lots/lots.projection';
import { Projection, ProjectionName } from './projection';
import { recallsProjection } from './recalls/recalls.projection';
import { stockByLocationProjection } from './stock-by-location/stock-by-location.projection';
import { unitsProjection } from './units/units.projection';

export * from './projection';
export * from './units/units.projection';
export * from './units/unit-document';
export * from './units/placement';
export * from './units/unit-fields';
export * from './lots/lots.projection';
export * from './lots/lot-places';
export * from './stock-by-location/stock-by-location.projection';
export * from './lineage/lineage.projection';
export * from './recalls/recalls.projection';
export * from './location-intervals/location-intervals.projection';
export * from './containers/containers.projection';
export * from './products/products.projection';
export * from './counts/counts.projection';
export * from './claims/claims.projection';
export * from './epcis/epcis.projection';
export * from './epcis/native-epcis';

/** The projections by name: a name added to `ProjectionName` must be given its projection here. */
const PROJECTIONS: { [Name in ProjectionName]: Projection<Name> } = {
  units: unitsProjection,
  lots: lotsProjection,
  'stock-by-location': stockByLocationProjection,
  lineage: lineageProjection,
  recalls: recallsProjection,
  'location-intervals': locationIntervalsProjection,
  containers: containersProjection,
  products: productsProjection,
  counts: countsProjection,
  claims: claimsProjection,
  epcis: epcisProjection,
};

/** Every projection the projector runs, in one group with one checkpoint. */
export const ALL_PROJECTIONS: readonly Projection[] = Object.values(PROJECTIONS);
