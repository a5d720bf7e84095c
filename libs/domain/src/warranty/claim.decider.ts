import { Decider } from '../shared/decider';
import { AlreadyExists } from '../shared/errors';
import { UnitRef } from '../shared/identifiers';
import { ClaimEvent } from './claim.events';

export interface RegisterClaim {
  type: 'RegisterClaim';
  claimId: string;
  unit: UnitRef;
}

export type ClaimRegisterState = { exists: false } | { exists: true; unit: UnitRef };

/** The claim id's register: taken once, naming its unit. */
export const claimRegisterDecider: Decider<RegisterClaim, ClaimEvent, ClaimRegisterState> = {
  initialState: () => ({ exists: false }),
  evolve: (_state, event) => ({ exists: true, unit: { sku: event.data.sku, serial: event.data.serial } }),
  decide(command, state) {
    if (state.exists) throw new AlreadyExists(`claim ${command.claimId} already exists`);
    return [{ type: 'ClaimRegistered', data: { claimId: command.claimId, sku: command.unit.sku, serial: command.unit.serial } }];
  },
};
