import { ReadModel, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection, unhandled } from '../projection';

export interface LotDocument {
  lotId: string;
  sku: string;
  producedAt: string | null;
  expiresAt: string | null;
  site: string | null;
  quantity: number | null;
  registeredAt: string;
  position: number;
}

/** Registered lots; their unit counts come from the indexed `units` model. */
export const lotsModel: ReadModel<LotDocument> = {
  name: 'lots',
  key: ['lotId'],
  fields: {
    lotId: 'text',
    sku: 'text',
    producedAt: 'text',
    expiresAt: 'text',
    site: 'text',
    quantity: 'real',
    registeredAt: 'text',
    position: 'integer',
  },
  indexes: [['sku']],
};

function project(event: ProjectedEvent) {
  switch (event.type) {
    case 'LotRegistered': {
      const { lotId, ...lot } = event.data;
      return [upsert(lotsModel, { lotId }, { ...lot, registeredAt: event.occurredAt, position: event.position })];
    }
    case 'LotRecalled':
    case 'RecallOpened':
    case 'RecallClosed':
    case 'SerialAssigned':
    case 'UnitMoved':
    case 'UnitShipped':
    case 'UnitReceived':
    case 'UnitSold':
    case 'UnitReturned':
    case 'UnitRepaired':
    case 'UnitScrapped':
    case 'LotConsumed':
    case 'ComponentInstalled':
    case 'UnitInstalled':
    case 'ComponentRemoved':
    case 'UnitRemoved':
    case 'LineageExtended':
    case 'LineageReduced':
    case 'UnitPacked':
    case 'UnitUnpacked':
    case 'UnitQuarantined':
    case 'UnitRecallResolved':
    case 'ContainerCreated':
    case 'ContentsPacked':
    case 'ContentsUnpacked':
    case 'ContainerPacked':
    case 'ContainerUnpacked':
    case 'ContainerMoved':
    case 'ContainerShipped':
    case 'ContainerReceived':
      return [];
    default:
      return unhandled(event);
  }
}

export const lotsProjection: Projection<'lots'> = { name: 'lots', models: [lotsModel], project };
