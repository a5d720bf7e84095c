import { isLotEvent, LotEvent } from '@trace/domain';
import { Change, ReadModel, upsert } from '@trace/read-store';
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

function lotChanges(event: LotEvent & ProjectedEvent): Change[] {
  switch (event.type) {
    case 'LotRegistered': {
      const { lotId, ...lot } = event.data;
      return [upsert(lotsModel, { lotId }, { ...lot, registeredAt: event.occurredAt, position: event.position })];
    }
    // Recalls are the recalls model's: a lot's page shows what it is, its units' counts come from the units model.
    case 'LotRecalled':
      return [];
    default:
      return unhandled(event);
  }
}

const project = (event: ProjectedEvent): Change[] => (isLotEvent(event) ? lotChanges(event) : []);

export const lotsProjection: Projection<'lots'> = { name: 'lots', models: [lotsModel], project };
