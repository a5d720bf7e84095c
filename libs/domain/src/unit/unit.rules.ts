import { RuleViolation } from '../shared/errors';
import { UnitLifecycleCommand } from './unit.commands';
import { ExistingUnit, UnitStatus } from './unit.state';

type CommandType = UnitLifecycleCommand['type'];

/** The state machine: from which statuses each command is accepted. Documented in the README. */
export const ACCEPTED_FROM: Record<CommandType, readonly UnitStatus[]> = {
  MoveUnit: ['in_stock', 'returned'],
  ShipUnit: ['in_stock', 'returned'],
  ReceiveUnit: ['in_transit'],
  SellUnit: ['in_stock', 'returned'],
  ReturnUnit: ['sold'],
  RepairUnit: ['in_stock', 'returned'],
  ScrapUnit: ['in_stock', 'in_transit', 'sold', 'returned'],
};

const ACTION: Record<CommandType, string> = {
  MoveUnit: 'moved',
  ShipUnit: 'shipped',
  ReceiveUnit: 'received',
  SellUnit: 'sold',
  ReturnUnit: 'returned',
  RepairUnit: 'repaired',
  ScrapUnit: 'scrapped',
};

/** Throws the rule that refuses `command` for a unit in `unit.status`, naming the rule. */
export function assertAccepted(command: CommandType, unit: ExistingUnit): void {
  if (ACCEPTED_FROM[command].includes(unit.status)) return;
  const name = `unit ${unit.sku}/${unit.serial}`;
  const action = ACTION[command];
  switch (unit.status) {
    case 'scrapped':
      throw new RuleViolation('scrapped-is-final', `${name} is scrapped and accepts nothing more`);
    case 'in_transit':
      throw new RuleViolation(
        'receive-before-use',
        `${name} is in transit to ${unit.destination}: record its receipt before it can be ${action}`,
      );
    case 'sold':
      if (command === 'SellUnit') {
        throw new RuleViolation('sold-until-returned', `${name} is already sold: record a return before selling it again`);
      }
      throw new RuleViolation('sold-unit-is-with-customer', `${name} is sold to ${unit.customer}: record a return before it can be ${action}`);
    default:
      if (command === 'ReturnUnit') {
        throw new RuleViolation('return-requires-sale', `${name} is ${unit.status}, not sold: only a sold unit can be returned`);
      }
      throw new RuleViolation('receive-requires-shipment', `${name} is ${unit.status}, not in transit: only a shipped unit can be received`);
  }
}
