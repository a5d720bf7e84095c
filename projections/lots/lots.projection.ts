import { LotRegistered } from '@trace/domain';
import { ReadModelDefinition } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';

/** Registered lots; their unit counts come from the indexed `units` model. */
export const lotsModel: ReadModelDefinition = {
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

export const lotsProjection: Projection = {
  name: 'lots',
  models: [lotsModel],
  project(event: ProjectedEvent) {
    if (event.type !== 'LotRegistered') return [];
    const { lotId, ...lot } = (event as unknown as LotRegistered).data;
    return [{ op: 'upsert', model: 'lots', key: { lotId }, set: { ...lot, registeredAt: event.occurredAt, position: event.position } }];
  },
};
