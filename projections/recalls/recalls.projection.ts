import { isUnitEvent, RecallEvent, recalledOrigins, RecallOpened } from '@trace/domain';
import { Change, ReadDocument, ReadModelDefinition } from '@trace/read-store';
import { lineageModel, lineageProjection } from '../lineage/lineage.projection';
import { ProjectedEvent, Projection } from '../projection';
import { holderFields, placementChanges } from '../units/placement';

export const recallsModel: ReadModelDefinition = {
  name: 'recalls',
  key: ['recallId'],
  fields: {
    recallId: 'text',
    lotIds: 'json',
    units: 'json',
    reason: 'text',
    severity: 'text',
    recalledAt: 'text',
    state: 'text',
    closedAt: 'text',
    forced: 'integer',
    closeReason: 'text',
  },
  indexes: [['state']],
};

/**
 * Each unit a recall affects, its resolution, and where it is now (for progress and breakdowns). The affected
 * set is copied from the lineage as the recall is projected, so it is complete at once; `holdPending` is 1
 * until the unit's own history records the hold (UnitQuarantined, appended by the recall reactor).
 */
export const recallUnitsModel: ReadModelDefinition = {
  name: 'recall_units',
  key: ['recallId', 'sku', 'serial'],
  fields: {
    recallId: 'text',
    sku: 'text',
    serial: 'text',
    state: 'text',
    origin: 'text',
    recalledAt: 'text',
    quarantinedAt: 'text',
    action: 'text',
    note: 'text',
    resolvedAt: 'text',
    status: 'text',
    location: 'text',
    custodian: 'text',
    customer: 'text',
    destination: 'text',
    container: 'text',
    /** {sku, serial} of the unit it is built into, if any. */
    installedIn: 'json',
    /** Token of the outermost unit it is built into, whose placement it shows. */
    top: 'text',
    holdPending: 'integer',
  },
  indexes: [['recallId', 'state'], ['recallId', 'location'], ['recallId', 'state', 'location'], ['recallId', 'container'], ['sku', 'serial'], ['top']],
};

/** Every unit whose lineage holds a recalled origin, once, with where it is: the strand first in key order gives `origin`. */
function affectedSet(recall: RecallOpened['data']): Change {
  const { recallId, recalledAt } = recall;
  return {
    op: 'copy',
    model: recallUnitsModel.name,
    from: lineageModel.name,
    where: { origin: recalledOrigins(recall) },
    fields: {
      sku: 'sku',
      serial: 'serial',
      origin: 'origin',
      status: 'status',
      location: 'location',
      custodian: 'custodian',
      customer: 'customer',
      destination: 'destination',
      container: 'container',
      installedIn: 'installedIn',
      top: 'top',
    },
    set: { recallId, recalledAt, state: 'outstanding', holdPending: 1 },
  };
}

/** Whether a recall unit's hold is in the unit's history (rows written before `holdPending` existed: null, recorded). */
export const holdRecorded = (recallUnit: ReadDocument): boolean => recallUnit.holdPending !== 1;

function recallChanges(event: RecallEvent, occurredAt: string): Change[] {
  const { recallId } = event.data;
  if (event.type === 'RecallOpened') {
    const { lotIds, units, reason, severity, recalledAt } = event.data;
    return [
      { op: 'upsert', model: 'recalls', key: { recallId }, set: { lotIds, units, reason, severity, recalledAt, state: 'open' } },
      affectedSet(event.data),
    ];
  }
  const { forced, reason } = event.data;
  return [{ op: 'upsert', model: 'recalls', key: { recallId }, set: { state: 'closed', closedAt: occurredAt, forced: forced ? 1 : 0, closeReason: reason } }];
}

export const recallsProjection: Projection = {
  name: 'recalls',
  models: [recallsModel, recallUnitsModel],
  reads: [lineageProjection],
  project(event: ProjectedEvent) {
    if (event.type === 'RecallOpened' || event.type === 'RecallClosed') return recallChanges(event as unknown as RecallEvent, event.occurredAt);
    if (!isUnitEvent(event)) return [];
    const key = { recallId: '', sku: event.data.sku, serial: event.data.serial };
    if (event.type === 'UnitQuarantined') {
      const { recallId, recalledAt, origin, holder } = event.data;
      return [
        {
          op: 'upsert',
          model: 'recall_units',
          key: { ...key, recallId },
          set: { state: 'outstanding', origin, recalledAt, quarantinedAt: event.occurredAt, holdPending: 0, ...holderFields(holder) },
        },
      ];
    }
    if (event.type === 'UnitRecallResolved') {
      const { recallId, action, note } = event.data;
      return [{ op: 'upsert', model: 'recall_units', key: { ...key, recallId }, set: { state: 'resolved', action, note, resolvedAt: event.occurredAt } }];
    }
    return placementChanges('recall_units', event);
  },
};
