import { HoldView, placementOf, tokenUnit, unitKey, UnitRef } from '@trace/domain';
import { holdRecorded, recallUnitsModel, unitsModel } from '@trace/projections';
import { pageDocuments, ReadStore } from '@trace/read-store';
import { serialsBySku } from '../../shared/serials-by-sku';

/** A unit as the read models show it, and the revision of its stream they reflect. */
export interface ReadHoldView {
  view: HoldView;
  revision: number;
}

/**
 * What a hold decision needs about each unit, read in bulk from the read models instead of folding every
 * stream. The units model is read first: a hold it does not reflect yet was appended after its revision, so an
 * append expecting that revision fails and the unit is decided again from its stream. Units the read models do
 * not have yet are left out (and decided from their streams).
 */
export async function holdViews(reads: ReadStore, units: UnitRef[], recallId: string): Promise<Map<string, ReadHoldView>> {
  const views = new Map<string, ReadHoldView>();
  for (const [sku, serials] of serialsBySku(units)) {
    for (const row of await pageDocuments(reads, unitsModel, { sku, serial: serials }, serials.length)) {
      const view: HoldView = {
        sku,
        serial: row.serial,
        status: row.status as HoldView['status'],
        location: row.location,
        custodian: row.custodian,
        customer: row.customer,
        destination: row.destination,
        container: row.container,
        recalls: {},
      };
      // The row shows where the unit is, with the outermost unit it is built into when it is.
      view.placement = { ...placementOf(view), top: row.top === null ? null : tokenUnit(row.top) };
      views.set(unitKey(view), { view, revision: row.revision });
    }
    for (const hold of await pageDocuments(reads, recallUnitsModel, { recallId, sku, serial: serials }, serials.length)) {
      const held = views.get(unitKey(hold));
      // An affected unit whose hold is not in its history yet is not held.
      if (held && holdRecorded(hold)) held.view.recalls = { [recallId]: { recalledAt: hold.recalledAt, resolved: hold.state === 'resolved' } };
    }
  }
  return views;
}
