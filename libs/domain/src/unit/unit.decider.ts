import { Decider } from '../shared/decider';
import { AlreadyExists, InvalidReference, NotFound, RuleViolation } from '../shared/errors';
import { AssignSerial, UnitCommand, UnitLifecycleCommand } from './unit.commands';
import { UnitEvent } from './unit.events';
import { assertAccepted } from './unit.rules';
import { ExistingUnit, UnitState } from './unit.state';

function assign(command: AssignSerial, state: UnitState): UnitEvent[] {
  const { sku, serial, location, lot } = command;
  if (state.exists) throw new AlreadyExists(`serial ${serial} is already assigned for SKU ${sku}`);
  if (lot && lot.sku === null) throw new InvalidReference('lotId', `lot ${lot.lotId} does not exist`);
  if (lot && lot.sku !== sku) {
    throw new InvalidReference('lotId', `lot ${lot.lotId} is of SKU ${lot.sku}, not ${sku}`);
  }
  return [{ type: 'SerialAssigned', data: { sku, serial, lotId: lot?.lotId ?? null, location } }];
}

function lifecycle(command: UnitLifecycleCommand, unit: ExistingUnit): UnitEvent[] {
  assertAccepted(command.type, unit);
  const id = { sku: unit.sku, serial: unit.serial };
  // Accepted statuses guarantee a location for every command below except ScrapUnit.
  const here = unit.location as string;
  switch (command.type) {
    case 'MoveUnit':
      if (command.to === unit.location) {
        throw new RuleViolation('move-changes-location', `unit ${unit.sku}/${unit.serial} is already at ${command.to}`);
      }
      return [{ type: 'UnitMoved', data: { ...id, from: here, to: command.to, reason: command.reason ?? null } }];
    case 'ShipUnit':
      return [{ type: 'UnitShipped', data: { ...id, from: here, to: command.to } }];
    case 'ReceiveUnit':
      return [{ type: 'UnitReceived', data: { ...id, by: command.by, location: command.location } }];
    case 'SellUnit':
      return [{ type: 'UnitSold', data: { ...id, from: here, customer: command.customer, receipt: command.receipt } }];
    case 'ReturnUnit':
      return [
        {
          type: 'UnitReturned',
          data: { ...id, reason: command.reason, location: command.location, customer: unit.customer as string, custodian: unit.soldBy },
        },
      ];
    case 'RepairUnit':
      return [{ type: 'UnitRepaired', data: { ...id, description: command.description, location: here } }];
    case 'ScrapUnit':
      return [{ type: 'UnitScrapped', data: { ...id, reason: command.reason, from: unit.location } }];
  }
}

function evolveExisting(unit: ExistingUnit, event: UnitEvent): ExistingUnit {
  switch (event.type) {
    case 'SerialAssigned':
      return unit;
    case 'UnitMoved':
      return { ...unit, location: event.data.to };
    case 'UnitShipped':
      return { ...unit, status: 'in_transit', location: null, destination: event.data.to };
    case 'UnitReceived':
      return { ...unit, status: 'in_stock', location: event.data.location, custodian: event.data.by, destination: null };
    case 'UnitSold':
      return { ...unit, status: 'sold', location: null, soldBy: unit.custodian, custodian: event.data.customer, customer: event.data.customer };
    case 'UnitReturned':
      return { ...unit, status: 'returned', location: event.data.location, custodian: event.data.custodian, customer: null, soldBy: null };
    case 'UnitRepaired':
      return { ...unit, status: 'in_stock' };
    case 'UnitScrapped':
      return { ...unit, status: 'scrapped', location: null, destination: null };
  }
}

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  initialState: () => ({ exists: false }),

  evolve(state, event) {
    if (state.exists) return evolveExisting(state, event);
    if (event.type !== 'SerialAssigned') return state;
    const { sku, serial, lotId, location } = event.data;
    return {
      exists: true,
      sku,
      serial,
      lotId,
      status: 'in_stock',
      location,
      custodian: null,
      customer: null,
      destination: null,
      soldBy: null,
    };
  },

  decide(command, state) {
    if (command.type === 'AssignSerial') return assign(command, state);
    if (!state.exists) throw new NotFound('unit not found');
    return lifecycle(command, state);
  },
};
