import { Decider } from '../shared/decider';
import { AlreadyExists, InvalidInput } from '../shared/errors';
import { LotEvent, LotRegistered } from './lot.events';

export interface RegisterLot {
  type: 'RegisterLot';
  lotId: string;
  sku: string;
  producedAt?: string;
  expiresAt?: string;
  site?: string;
  quantity?: number;
}

export type LotCommand = RegisterLot;

export type LotState = { exists: false } | { exists: true; lotId: string; sku: string; expiresAt: string | null; recallIds: string[] };

export const lotDecider: Decider<LotCommand, LotEvent, LotState> = {
  initialState: () => ({ exists: false }),

  evolve(state, event) {
    switch (event.type) {
      case 'LotRegistered':
        return { exists: true, lotId: event.data.lotId, sku: event.data.sku, expiresAt: event.data.expiresAt, recallIds: [] };
      case 'LotRecalled':
        return state.exists ? { ...state, recallIds: [...state.recallIds, event.data.recallId] } : state;
    }
  },

  decide(command, state) {
    if (state.exists) throw new AlreadyExists(`lot ${command.lotId} is already registered`);
    if (command.producedAt && command.expiresAt && Date.parse(command.expiresAt) < Date.parse(command.producedAt)) {
      throw InvalidInput.field('expiresAt', 'must not be before producedAt');
    }
    const registered: LotRegistered = {
      type: 'LotRegistered',
      data: {
        lotId: command.lotId,
        sku: command.sku,
        producedAt: command.producedAt ?? null,
        expiresAt: command.expiresAt ?? null,
        site: command.site ?? null,
        quantity: command.quantity ?? null,
      },
    };
    return [registered];
  },
};
