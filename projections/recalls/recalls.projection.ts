import {
  isLotEvent,
  isRecallEvent,
  isUnitEvent,
  isUnitRecordEvent,
  LotEvent,
  LotRecallAction,
  RecallAction,
  recalledOrigins,
  RecallEvent,
  RecallOpened,
  RecallSeverity,
  UnitEvent,
  UnitRef,
} from '@trace/domain';
import { Change, copy, ReadModel, upsert } from '@trace/read-store';
import { lineageModel, lineageProjection } from '../lineage/lineage.projection';
import { lotsModel, lotsProjection } from '../lots/lots.projection';
import { EventPlace, ProjectedEvent, Projection, unhandled } from '../projection';
import { holderFields, placementChanges } from '../units/placement';
import { PLACEMENT_FIELD_TYPES, PlacementFields } from '../units/unit-document';

export interface RecallDocument {
  recallId: string;
  lotIds: string[];
  units: UnitRef[];
  reason: string;
  severity: RecallSeverity;
  recalledAt: string;
  state: 'open' | 'closed';
  closedAt: string | null;
  /** 1 when closed with units still outstanding. */
  forced: 0 | 1 | null;
  closeReason: string | null;
}

export const recallsModel: ReadModel<RecallDocument> = {
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
  // Newest first, all or by state.
  indexes: [['state'], ['recalledAt'], ['state', 'recalledAt']],
};

export interface RecallUnitDocument extends PlacementFields {
  recallId: string;
  sku: string;
  serial: string;
  state: 'outstanding' | 'resolved';
  /** The recalled lot or unit it came from (`lot:…` or `unit:…`). */
  origin: string;
  recalledAt: string;
  quarantinedAt: string | null;
  action: RecallAction | null;
  note: string | null;
  resolvedAt: string | null;
  /** 1 until the unit's own history records the hold; rows written before it existed have null (recorded). */
  holdPending: 0 | 1 | null;
}

/**
 * Each unit a recall affects, its resolution, and where it is now (for progress and breakdowns). The affected
 * set is copied from the lineage as the recall is projected, so it is complete at once; `holdPending` is 1
 * until the unit's own history records the hold (UnitQuarantined, appended by the recall reactor).
 */
export const recallUnitsModel: ReadModel<RecallUnitDocument> = {
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
    holdPending: 'integer',
    ...PLACEMENT_FIELD_TYPES,
  },
  indexes: [
    ['recallId', 'state'],
    ['recallId', 'location'],
    ['recallId', 'state', 'location'],
    ['recallId', 'container'],
    ['recallId', 'customer'],
    ['sku', 'serial'],
    ['top'],
  ],
};

export interface RecallLotDocument {
  recallId: string;
  lotId: string;
  sku: string;
  uom: string;
  state: 'outstanding' | 'resolved';
  recalledAt: string;
  /** When the hold reached the lot's history: at once for a recalled lot, as the reactor reaches it for a lot made from one. */
  heldAt: string;
  action: LotRecallAction | null;
  note: string | null;
  resolvedAt: string | null;
  /** The lot's totals when the hold was recorded: what came back or was destroyed since is the recall's recovery. */
  returnedBeforeMicros: number;
  disposedBeforeMicros: number;
}

/** Each lot a recall holds (recalled, or made from a recalled lot at any depth) and its resolution. */
export const recallLotsModel: ReadModel<RecallLotDocument> = {
  name: 'recall_lots',
  key: ['recallId', 'lotId'],
  fields: {
    recallId: 'text',
    lotId: 'text',
    sku: 'text',
    uom: 'text',
    state: 'text',
    recalledAt: 'text',
    heldAt: 'text',
    action: 'text',
    note: 'text',
    resolvedAt: 'text',
    returnedBeforeMicros: 'integer',
    disposedBeforeMicros: 'integer',
  },
  indexes: [['recallId', 'state'], ['lotId']],
};

/** Every unit whose lineage holds a recalled origin, once, with where it is: the strand first in key order gives `origin`. */
function affectedSet(recall: RecallOpened['data']): Change {
  const { recallId, recalledAt } = recall;
  const fields = {
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
  } as const;
  return copy(recallUnitsModel, lineageModel, { origin: recalledOrigins(recall) }, fields, { recallId, recalledAt, state: 'outstanding', holdPending: 1 });
}

/** Whether a recall unit's hold is in the unit's history. */
export const holdRecorded = (recallUnit: Pick<RecallUnitDocument, 'holdPending'>): boolean => recallUnit.holdPending !== 1;

function recallChanges(event: RecallEvent & ProjectedEvent): Change[] {
  switch (event.type) {
    case 'RecallOpened': {
      const { recallId, lotIds, units, reason, severity, recalledAt } = event.data;
      return [upsert(recallsModel, { recallId }, { lotIds, units, reason, severity, recalledAt, state: 'open' }), affectedSet(event.data)];
    }
    case 'RecallClosed': {
      const { recallId, forced, reason } = event.data;
      return [upsert(recallsModel, { recallId }, { state: 'closed', closedAt: event.occurredAt, forced: forced ? 1 : 0, closeReason: reason })];
    }
    default:
      return unhandled(event);
  }
}

/** A lot's hold, with the lot's totals at that moment copied from the lots model, and its resolution. */
function lotChanges(event: LotEvent & ProjectedEvent): Change[] {
  switch (event.type) {
    case 'LotRecalled': {
      const { lotId, recallId, recalledAt } = event.data;
      const fields = { lotId: 'lotId', sku: 'sku', uom: 'uom', returnedBeforeMicros: 'returnedMicros', disposedBeforeMicros: 'disposedMicros' } as const;
      return [copy(recallLotsModel, lotsModel, { lotId }, fields, { recallId, recalledAt, heldAt: event.occurredAt, state: 'outstanding' })];
    }
    case 'LotRecallResolved': {
      const { lotId, recallId, action, note } = event.data;
      return [upsert(recallLotsModel, { recallId, lotId }, { state: 'resolved', action, note, resolvedAt: event.occurredAt })];
    }
    case 'LotRegistered':
    case 'LotStockMoved':
    case 'LotShipped':
    case 'LotReceived':
    case 'LotShipmentClosed':
    case 'LotSold':
    case 'LotReturned':
    case 'LotAdjusted':
    case 'LotDisposed':
    case 'LotStockConsumed':
    case 'LotMadeFrom':
    case 'LotSerialsAssigned':
    case 'LotObserved':
      return [];
    default:
      return unhandled(event);
  }
}

/**
 * A unit's holds and resolutions, and where every recall row of it (and of the units inside it) shows it is.
 * Typed `UnitEvent & EventPlace`, not `& ProjectedEvent`: narrowing the whole domain union's intersection took the
 * type checker over a minute.
 */
function unitChanges(event: UnitEvent & EventPlace): Change[] {
  if (isUnitRecordEvent(event)) return [];
  switch (event.type) {
    case 'UnitQuarantined': {
      const { sku, serial, recallId, recalledAt, origin, holder } = event.data;
      const held = { state: 'outstanding', origin, recalledAt, quarantinedAt: event.occurredAt, holdPending: 0, ...holderFields(holder) } as const;
      return [upsert(recallUnitsModel, { recallId, sku, serial }, held)];
    }
    case 'UnitRecallResolved': {
      const { sku, serial, recallId, action, note } = event.data;
      return [upsert(recallUnitsModel, { recallId, sku, serial }, { state: 'resolved', action, note, resolvedAt: event.occurredAt })];
    }
    case 'SerialAssigned':
    case 'UnitMoved':
    case 'UnitShipped':
    case 'UnitReceived':
    case 'UnitSold':
    case 'UnitReturned':
    case 'UnitRepaired':
    case 'UnitScrapped':
    case 'UnitReportedMissing':
    case 'UnitFound':
    case 'LotConsumed':
    case 'ComponentInstalled':
    case 'UnitInstalled':
    case 'ComponentRemoved':
    case 'UnitRemoved':
    case 'LineageExtended':
    case 'LineageReduced':
    case 'UnitPacked':
    case 'UnitUnpacked':
    case 'WarrantyClaimResolved':
    case 'UnitGivenAsReplacement':
      return placementChanges(recallUnitsModel, event);
    default:
      return unhandled(event);
  }
}

function project(event: ProjectedEvent): Change[] {
  if (isRecallEvent(event)) return recallChanges(event);
  if (isUnitEvent(event)) return unitChanges(event);
  if (isLotEvent(event)) return lotChanges(event);
  return [];
}

export const recallsProjection: Projection<'recalls'> = {
  name: 'recalls',
  models: [recallsModel, recallUnitsModel, recallLotsModel],
  reads: [lineageProjection, lotsProjection],
  project,
};
