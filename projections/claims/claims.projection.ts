import { ClaimAction, ClaimState, isUnitEvent, UnitEvent } from '@trace/domain';
import { Change, ReadModel, update, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';

export interface ClaimDocument {
  claimId: string;
  sku: string;
  serial: string;
  lotId: string | null;
  customer: string;
  problem: string;
  goodwill: 0 | 1;
  goodwillReason: string | null;
  state: ClaimState;
  filedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  resolvedAt: string | null;
  action: ClaimAction | null;
  note: string | null;
  replacementSku: string | null;
  replacementSerial: string | null;
  returnedTo: string | null;
}

/** Warranty claims, as the units' histories record them: by state, SKU, lot and customer, and counted by lot for claim rates. */
export const claimsModel: ReadModel<ClaimDocument> = {
  name: 'warranty_claims',
  key: ['claimId'],
  fields: {
    claimId: 'text',
    sku: 'text',
    serial: 'text',
    lotId: 'text',
    customer: 'text',
    problem: 'text',
    goodwill: 'integer',
    goodwillReason: 'text',
    state: 'text',
    filedAt: 'text',
    decidedAt: 'text',
    decisionReason: 'text',
    resolvedAt: 'text',
    action: 'text',
    note: 'text',
    replacementSku: 'text',
    replacementSerial: 'text',
    returnedTo: 'text',
  },
  // Lists by each filter (the others narrow); claim rates count a SKU's claims by lot from the index alone.
  indexes: [['state'], ['sku'], ['lotId'], ['customer'], ['sku', 'lotId']],
};

function claimChanges(event: UnitEvent & ProjectedEvent): Change[] {
  switch (event.type) {
    case 'WarrantyClaimFiled': {
      const { claimId, sku, serial, lotId, customer, problem, goodwill, reason, filedAt } = event.data;
      return [
        upsert(
          claimsModel,
          { claimId },
          {
            sku,
            serial,
            lotId,
            customer,
            problem,
            goodwill: goodwill ? 1 : 0,
            goodwillReason: reason,
            state: 'open',
            filedAt,
            decidedAt: null,
            decisionReason: null,
            resolvedAt: null,
            action: null,
            note: null,
            replacementSku: null,
            replacementSerial: null,
            returnedTo: null,
          },
        ),
      ];
    }
    case 'WarrantyClaimDecided': {
      const { claimId, approved, reason } = event.data;
      return [update(claimsModel, { claimId }, { state: approved ? 'approved' : 'rejected', decidedAt: event.occurredAt, decisionReason: reason })];
    }
    case 'WarrantyClaimResolved': {
      const { claimId, action, note, replacement, returnedTo } = event.data;
      return [
        update(
          claimsModel,
          { claimId },
          {
            state: 'resolved',
            resolvedAt: event.occurredAt,
            action,
            note,
            replacementSku: replacement?.sku ?? null,
            replacementSerial: replacement?.serial ?? null,
            returnedTo,
          },
        ),
      ];
    }
    default:
      return [];
  }
}

const project = (event: ProjectedEvent): Change[] => (isUnitEvent(event) ? claimChanges(event) : []);

export const claimsProjection: Projection<'claims'> = { name: 'claims', models: [claimsModel], project };
