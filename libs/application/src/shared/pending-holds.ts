import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { ExistingUnit, PendingHold, unitKey, UnitRef, withPendingHolds } from '@trace/domain';
import { holdRecorded, recallUnitsModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { allRows } from './paging';
import { serialsBySku } from './serials-by-sku';

/** How a decision sees a unit: with the holds that recalls' affected sets already list for it. */
export type HoldOverlay = (unit: ExistingUnit) => ExistingUnit;

/**
 * Stop-ship from the moment a recall's affected set is projected, not from when the recall reactor reaches
 * each unit (seconds later for 100,000 units): commands a hold refuses (sale, shipment, installation) read
 * the holds still pending for their units from the read models and decide as if they were recorded.
 */
@Injectable()
export class PendingHolds {
  /** Holds read ahead for a piece of work's units (a captured document's shipments), by unit key. */
  private readonly readAhead = new AsyncLocalStorage<{ units: Set<string>; pending: Map<string, PendingHold[]> }>();

  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async overlay(units: UnitRef[]): Promise<HoldOverlay> {
    const ahead = this.readAhead.getStore();
    const pending = ahead && units.every((unit) => ahead.units.has(unitKey(unit))) ? ahead.pending : await this.pendingOf(units);
    return (unit) => withPendingHolds(unit, pending.get(unitKey(unit)) ?? []);
  }

  /**
   * Runs `work` with the holds of `units` read at once: its overlays of those units need no read of their own
   * (a document of 1,000 shipments reads its holds once, not a thousand times).
   */
  async readingAhead<T>(units: UnitRef[], work: () => Promise<T>): Promise<T> {
    if (units.length === 0) return work();
    const pending = await this.pendingOf(units);
    return this.readAhead.run({ units: new Set(units.map(unitKey)), pending }, work);
  }

  private async pendingOf(units: UnitRef[]): Promise<Map<string, PendingHold[]>> {
    const pending = new Map<string, PendingHold[]>();
    for (const [sku, serials] of serialsBySku(units)) {
      for await (const row of allRows(this.reads, recallUnitsModel, { sku, serial: serials })) {
        if (holdRecorded(row) || row.state !== 'outstanding') continue;
        const key = unitKey(row);
        pending.set(key, [...(pending.get(key) ?? []), { recallId: row.recallId, recalledAt: row.recalledAt }]);
      }
    }
    return pending;
  }
}
