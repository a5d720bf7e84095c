import { ReadModel } from '@trace/read-store';

export interface RecallOriginDocument {
  /** A recalled lot or unit (`lot:…`, `unit:…`). */
  origin: string;
  recallId: string;
  recalledAt: string;
}

/** The reactor's own memory: which origins (lots, units) open recalls hold, kept with its checkpoint. */
export const recallOriginsModel: ReadModel<RecallOriginDocument> = {
  name: 'recall_origins',
  key: ['origin', 'recallId'],
  fields: { origin: 'text', recallId: 'text', recalledAt: 'text' },
  indexes: [['recallId']],
};

export type HeldOrigin = Pick<RecallOriginDocument, 'recallId' | 'recalledAt'>;
