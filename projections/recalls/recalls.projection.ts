import { isUnitEvent, RecallEvent } from '@trace/domain';
import { Change, ReadModelDefinition } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';
import { whereaboutsChanges } from '../units/whereabouts';

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

/** Each unit a recall holds, its resolution, and where it is now (for progress and breakdowns). */
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
    container: 'text',
  },
  indexes: [['recallId', 'state'], ['recallId', 'location'], ['recallId', 'state', 'location'], ['recallId', 'container'], ['sku', 'serial']],
};

function recallChanges(event: RecallEvent, occurredAt: string): Change[] {
  const { recallId } = event.data;
  if (event.type === 'RecallOpened') {
    const { lotIds, units, reason, severity, recalledAt } = event.data;
    return [{ op: 'upsert', model: 'recalls', key: { recallId }, set: { lotIds, units, reason, severity, recalledAt, state: 'open' } }];
  }
  const { forced, reason } = event.data;
  return [{ op: 'upsert', model: 'recalls', key: { recallId }, set: { state: 'closed', closedAt: occurredAt, forced: forced ? 1 : 0, closeReason: reason } }];
}

export const recallsProjection: Projection = {
  name: 'recalls',
  models: [recallsModel, recallUnitsModel],
  project(event: ProjectedEvent) {
    if (event.type === 'RecallOpened' || event.type === 'RecallClosed') return recallChanges(event as unknown as RecallEvent, event.occurredAt);
    if (!isUnitEvent(event)) return [];
    const key = { recallId: '', sku: event.data.sku, serial: event.data.serial };
    if (event.type === 'UnitQuarantined') {
      const { recallId, recalledAt, origin, holder } = event.data;
      return [{ op: 'upsert', model: 'recall_units', key: { ...key, recallId }, set: { state: 'outstanding', origin, recalledAt, quarantinedAt: event.occurredAt, ...holder } }];
    }
    if (event.type === 'UnitRecallResolved') {
      const { recallId, action, note } = event.data;
      return [{ op: 'upsert', model: 'recall_units', key: { ...key, recallId }, set: { state: 'resolved', action, note, resolvedAt: event.occurredAt } }];
    }
    return whereaboutsChanges('recall_units', event);
  },
};
