import { ReadModelDefinition } from '@trace/read-store';

/** The reactor's own memory: which origins (lots, units) open recalls hold, kept with its checkpoint. */
export const recallOriginsModel: ReadModelDefinition = {
  name: 'recall_origins',
  key: ['origin', 'recallId'],
  fields: { origin: 'text', recallId: 'text', recalledAt: 'text' },
  indexes: [['recallId']],
};

export interface HeldOrigin {
  recallId: string;
  recalledAt: string;
}
