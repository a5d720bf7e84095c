import { RuleViolation } from '../shared/errors';
import { UnitRef } from '../shared/identifiers';
import { UnitEvent } from '../unit/unit.events';
import { assertNotMissing } from '../unit/unit.rules';
import { ExistingUnit } from '../unit/unit.state';
import { ContainerEvent } from './container.events';
import { ExistingContainer, holdsUnit } from './container.state';

/** Levels of containers one nest may have, outermost to innermost (a unit in a case on a pallet in a trailer: 3). */
export const MAX_NESTING_DEPTH = 16;
/**
 * Where walks along a nest give up. Packing writes the container and what goes in, not the containers above, so
 * two packings at different levels of one nest can together pass the rule by a level; only a corrupt chain gets here.
 */
export const NEST_WALK_LIMIT = 4 * MAX_NESTING_DEPTH;

/**
 * What packing touches: the container, the containers it is packed in (nearest first), and what goes in, with the
 * levels of containers each packed container holds below itself (none: 0).
 */
export interface PackScope {
  container: ExistingContainer;
  ancestors: ExistingContainer[];
  units: ExistingUnit[];
  containers: ExistingContainer[];
  levelsBelow: ReadonlyMap<string, number>;
}

/** Events per subject of the scope, in the scope's order; all are appended in one multi-stream write. */
export interface PackEvents {
  container: ContainerEvent[];
  units: UnitEvent[][];
  containers: ContainerEvent[][];
}

const unitLabel = (unit: UnitRef) => `unit ${unit.sku}/${unit.serial}`;
const ref = (unit: ExistingUnit): UnitRef => ({ sku: unit.sku, serial: unit.serial });

function assertInHouse(container: ExistingContainer, action: string): void {
  if (container.status === 'in_transit') {
    throw new RuleViolation(
      'receive-before-use',
      `container ${container.containerId} is in transit to ${container.destination}: record its receipt before ${action}`,
    );
  }
}

type Place = { location: string | null; custodian: string | null };
const where = (place: Place) => `${place.location ?? 'no location'}, held by ${place.custodian ?? 'the company'}`;

/** Packing never moves anything: what goes in must already be where the container is, with the same holder. */
function assertBeside(what: string, item: Place, container: ExistingContainer): void {
  if (item.location === container.location && item.custodian === container.custodian) return;
  throw new RuleViolation(
    'pack-where-the-container-is',
    `${what} is at ${where(item)} but container ${container.containerId} is at ${where(container)}: move it there first`,
  );
}

function assertPackableUnit(unit: ExistingUnit, container: ExistingContainer): void {
  const label = unitLabel(unit);
  if (unit.status === 'scrapped') throw new RuleViolation('scrapped-is-final', `${label} is scrapped and accepts nothing more`);
  // Nor is a missing one: a unit in a container goes wherever the container goes, a missing one nowhere.
  assertNotMissing(unit);
  if (unit.parent) {
    throw new RuleViolation(
      'installed-unit-moves-with-parent',
      `${label} is installed in ${unit.parent.sku}/${unit.parent.serial}: remove it before it can be packed`,
    );
  }
  if (unit.container) {
    const rule = unit.container === container.containerId ? 'packed-once' : 'one-container-at-a-time';
    throw new RuleViolation(rule, `${label} is already packed in container ${unit.container}`);
  }
  if (unit.status !== 'in_stock' && unit.status !== 'returned') {
    throw new RuleViolation('pack-in-house', `${label} is ${unit.status}: only a unit in stock can be packed`);
  }
  assertBeside(label, unit, container);
}

function assertPackableContainer(child: ExistingContainer, scope: PackScope): void {
  const { container, ancestors } = scope;
  const label = `container ${child.containerId}`;
  if ([container, ...ancestors].some((outer) => outer.containerId === child.containerId)) {
    throw new RuleViolation('no-cycles', `${label} contains container ${container.containerId}: it cannot be packed into it`);
  }
  if (child.parent) {
    const rule = child.parent === container.containerId ? 'packed-once' : 'one-container-at-a-time';
    throw new RuleViolation(rule, `${label} is already packed in container ${child.parent}`);
  }
  const depth = ancestors.length + 2 + (scope.levelsBelow.get(child.containerId) ?? 0);
  if (depth > MAX_NESTING_DEPTH) {
    throw new RuleViolation(
      'nesting-depth',
      `packing ${label} into container ${container.containerId} would nest containers ${depth} levels deep; a nest holds at most ${MAX_NESTING_DEPTH}`,
    );
  }
  assertInHouse(child, 'it can be packed');
  assertBeside(label, child, container);
}

/** Puts units and containers into a container that is in house, where they already are. */
export function decidePack(scope: PackScope): PackEvents {
  const { container } = scope;
  assertInHouse(container, 'packing into it');
  scope.units.forEach((unit) => assertPackableUnit(unit, container));
  scope.containers.forEach((child) => assertPackableContainer(child, scope));
  const into = container.containerId;
  return {
    container: [{ type: 'ContentsPacked', data: { containerId: into, units: scope.units.map(ref), containers: scope.containers.map((c) => c.containerId) } }],
    units: scope.units.map((unit) => [{ type: 'UnitPacked', data: { ...ref(unit), container: into } }]),
    containers: scope.containers.map((child) => [{ type: 'ContainerPacked', data: { containerId: child.containerId, into } }]),
  };
}

/** Takes one unit out of a container in house; it stays where the container is. */
export function decideUnpackUnit(container: ExistingContainer, unit: ExistingUnit): { container: ContainerEvent[]; unit: UnitEvent[] } {
  if (!holdsUnit(container, unit)) {
    throw new RuleViolation('packed-in-container', `${unitLabel(unit)} is not packed in container ${container.containerId}`);
  }
  assertInHouse(container, 'unpacking it');
  const from = container.containerId;
  return {
    container: [{ type: 'ContentsUnpacked', data: { containerId: from, units: [ref(unit)], containers: [] } }],
    unit: [{ type: 'UnitUnpacked', data: { ...ref(unit), container: from } }],
  };
}

/** Takes a nested container out of its outer container; it stays where the outer one is. */
export function decideUnpackContainer(container: ExistingContainer, child: ExistingContainer): { container: ContainerEvent[]; child: ContainerEvent[] } {
  if (child.parent !== container.containerId) {
    throw new RuleViolation('packed-in-container', `container ${child.containerId} is not packed in container ${container.containerId}`);
  }
  assertInHouse(container, 'unpacking it');
  const from = container.containerId;
  return {
    container: [{ type: 'ContentsUnpacked', data: { containerId: from, units: [], containers: [child.containerId] } }],
    child: [{ type: 'ContainerUnpacked', data: { containerId: child.containerId, from } }],
  };
}
