import { carrying } from '../genealogy/placement';
import { RuleViolation } from '../shared/errors';
import { MoveUnit, ReceiveUnit, ShipUnit } from '../unit/unit.commands';
import { UnitEvent } from '../unit/unit.events';
import { assertNotExpired, assertNotQuarantined } from '../unit/unit.rules';
import { ExistingUnit } from '../unit/unit.state';
import { ContainerEvent } from './container.events';
import { ExistingContainer } from './container.state';

/** A container moves, ships and is received with the same commands as a unit; they apply to all it carries. */
export type ContainerChange = MoveUnit | ShipUnit | ReceiveUnit;

/** A container and everything inside it at any depth: nested containers and the units packed in any of them. */
export interface CargoScope {
  container: ExistingContainer;
  nested: ExistingContainer[];
  units: ExistingUnit[];
}

/** Events per subject of the scope, in the scope's order; all are appended in one multi-stream write. */
export interface CargoEvents {
  container: ContainerEvent[];
  nested: ContainerEvent[][];
  units: UnitEvent[][];
}

const label = (container: ExistingContainer) => `container ${container.containerId}`;

function assertMovable(container: ExistingContainer, change: ContainerChange): void {
  if (container.parent) {
    throw new RuleViolation('packed-container-moves-with-outer', `${label(container)} is packed in container ${container.parent}: unpack it first`);
  }
  if (change.type === 'ReceiveUnit') {
    if (container.status !== 'in_transit') {
      throw new RuleViolation('receive-requires-shipment', `${label(container)} is in stock, not in transit: only a shipped container can be received`);
    }
    return;
  }
  if (container.status === 'in_transit') {
    throw new RuleViolation('receive-before-use', `${label(container)} is in transit to ${container.destination}: record its receipt first`);
  }
  if (change.type === 'MoveUnit' && change.to === container.location) {
    throw new RuleViolation('move-changes-location', `${label(container)} is already at ${change.to}`);
  }
}

/**
 * Moves, ships or receives a container with everything in it: one event on the container, on every nested
 * container and on every unit inside, so each unit's own history says where it went and with what.
 */
export function decideCargo(scope: CargoScope, change: ContainerChange): CargoEvents {
  const { container } = scope;
  assertMovable(container, change);
  if (change.type === 'ShipUnit') {
    for (const unit of scope.units) {
      assertNotQuarantined(unit, change.occurredAt);
      assertNotExpired(unit, change.occurredAt);
    }
  }
  const carrier = container.containerId;
  const from = container.location as string;
  const forContainer = (containerId: string, within: string | null): ContainerEvent => {
    switch (change.type) {
      case 'MoveUnit':
        return { type: 'ContainerMoved', data: { containerId, from, to: change.to, within } };
      case 'ShipUnit':
        return { type: 'ContainerShipped', data: { containerId, from, to: change.to, within } };
      case 'ReceiveUnit':
        return { type: 'ContainerReceived', data: { containerId, by: change.by, location: change.location, within } };
    }
  };
  const forUnit = (unit: ExistingUnit): UnitEvent => {
    const { sku, serial } = unit;
    const withInside = carrying(unit);
    switch (change.type) {
      case 'MoveUnit':
        return { type: 'UnitMoved', data: { sku, serial, from, to: change.to, reason: change.reason ?? null, inContainer: carrier, ...withInside } };
      case 'ShipUnit':
        return { type: 'UnitShipped', data: { sku, serial, from, to: change.to, inContainer: carrier, ...withInside } };
      case 'ReceiveUnit':
        return { type: 'UnitReceived', data: { sku, serial, by: change.by, location: change.location, inContainer: carrier, ...withInside } };
    }
  };
  return {
    container: [forContainer(carrier, null)],
    nested: scope.nested.map((inner) => [forContainer(inner.containerId, carrier)]),
    units: scope.units.map((unit) => [forUnit(unit)]),
  };
}
