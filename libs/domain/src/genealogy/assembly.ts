import { RuleViolation } from '../shared/errors';
import { UnitRef } from '../shared/identifiers';
import { UnitEvent } from '../unit/unit.events';
import { evolveUnit } from '../unit/unit.evolve';
import { assertNotMissing, assertNotQuarantined } from '../unit/unit.rules';
import { ExistingUnit } from '../unit/unit.state';
import { extendedTo, LineageEntry, sameUnit } from './lineage';
import { placementOf, unitsInside } from './placement';

/** The units an assembly change touches: the parent, the component, and the parent's parents, nearest first. */
export interface AssemblyScope {
  parent: ExistingUnit;
  component: ExistingUnit;
  ancestors: ExistingUnit[];
}

/** Events per unit of the scope; every list is appended in one multi-stream write. */
export interface AssemblyEvents {
  parent: UnitEvent[];
  component: UnitEvent[];
  ancestors: UnitEvent[][];
}

/** Levels of units one assembly may nest, outermost to innermost: far deeper than any real product. */
export const MAX_ASSEMBLY_DEPTH = 64;

/** Levels of units a unit holds, itself included: its longest lineage path (its own strand has length 1). */
const levelsWithin = (unit: ExistingUnit): number => unit.lineage.reduce((levels, entry) => Math.max(levels, entry.path.length), 1);

const ref = (unit: ExistingUnit): UnitRef => ({ sku: unit.sku, serial: unit.serial });
const label = (unit: UnitRef) => `${unit.sku}/${unit.serial}`;

function assertInHouse(unit: ExistingUnit, role: string): void {
  if (unit.status === 'scrapped') throw new RuleViolation('scrapped-is-final', `unit ${label(unit)} is scrapped and accepts nothing more`);
  assertNotMissing(unit);
  if (unit.status !== 'in_stock' && unit.status !== 'returned') {
    throw new RuleViolation('assemble-in-house', `unit ${label(unit)} is ${unit.status}: only a unit in stock can be ${role}`);
  }
}

/** Strands gained or lost by each ancestor, extended along the chain from the parent upwards. */
function alongAncestors(scope: AssemblyScope, strands: LineageEntry[], type: 'LineageExtended' | 'LineageReduced'): UnitEvent[][] {
  let through = ref(scope.parent);
  let current = strands;
  return scope.ancestors.map((ancestor, i) => {
    current = extendedTo(current, ancestor);
    const data = { sku: ancestor.sku, serial: ancestor.serial, through, lineage: current };
    through = ref(ancestor);
    return type === 'LineageExtended' ? [{ type, data: { ...data, holder: placementOf(ancestor, scope.ancestors.slice(i + 1)) } }] : [{ type, data }];
  });
}

/** Builds `component` into `parent`: one parent at a time, never into itself or its own descendant. */
export function decideInstall(scope: AssemblyScope, occurredAt?: string): AssemblyEvents {
  const { parent, component, ancestors } = scope;
  if (sameUnit(parent, component) || ancestors.some((ancestor) => sameUnit(ancestor, component))) {
    throw new RuleViolation('no-cycles', `unit ${label(component)} contains ${label(parent)}: it cannot be installed into it`);
  }
  if (component.parent) {
    const rule = sameUnit(component.parent, parent) ? 'installed-once' : 'one-parent-at-a-time';
    throw new RuleViolation(rule, `unit ${label(component)} is already installed in ${label(component.parent)}`);
  }
  if (component.container) {
    throw new RuleViolation('packed-unit-moves-with-container', `unit ${label(component)} is packed in container ${component.container}: unpack it first`);
  }
  const depth = ancestors.length + 1 + levelsWithin(component);
  if (depth > MAX_ASSEMBLY_DEPTH) {
    throw new RuleViolation(
      'assembly-depth',
      `installing ${label(component)} into ${label(parent)} would nest units ${depth} levels deep; an assembly holds at most ${MAX_ASSEMBLY_DEPTH}`,
    );
  }
  assertInHouse(component, 'installed');
  assertInHouse(parent, 'assembled');
  // Nothing is built into an assembly nobody can find, at any depth (units inside it keep their own status).
  ancestors.forEach(assertNotMissing);
  assertNotQuarantined(component, occurredAt);
  const gained = extendedTo(component.lineage, parent);
  return {
    parent: [{ type: 'ComponentInstalled', data: { ...ref(parent), component: ref(component), lineage: gained, holder: placementOf(parent, ancestors) } }],
    component: [
      {
        type: 'UnitInstalled',
        data: { ...ref(component), parent: ref(parent), from: component.location, holder: placementOf(component, [parent, ...ancestors]) },
      },
    ],
    ancestors: alongAncestors(scope, gained, 'LineageExtended'),
  };
}

/** Takes `component` out of `parent`; it is put where the outermost assembly is. */
export function decideRemove(scope: AssemblyScope): AssemblyEvents {
  const { parent, component, ancestors } = scope;
  if (!component.parent || !sameUnit(component.parent, parent)) {
    throw new RuleViolation('installed-in-parent', `unit ${label(component)} is not installed in ${label(parent)}`);
  }
  if (parent.status === 'scrapped') throw new RuleViolation('scrapped-is-final', `unit ${label(parent)} is scrapped and accepts nothing more`);
  // Nor is anything taken out of an assembly nobody can find.
  [parent, ...ancestors].forEach(assertNotMissing);
  const lost = parent.lineage.filter((entry) => entry.path.length >= 2 && sameUnit(entry.path[entry.path.length - 2], component));
  const location = [parent, ...ancestors].find((unit) => unit.location !== null)?.location ?? null;
  const removed = { ...ref(component), parent: ref(parent), location };
  // Out of the assembly, it is where its own state says: the event's effect on it, placed on its own.
  const out = evolveUnit(component, { type: 'UnitRemoved', data: removed }) as ExistingUnit;
  return {
    parent: [{ type: 'ComponentRemoved', data: { ...ref(parent), component: ref(component), lineage: lost } }],
    component: [{ type: 'UnitRemoved', data: { ...removed, holder: placementOf(out), inside: unitsInside(component) } }],
    ancestors: alongAncestors(scope, lost, 'LineageReduced'),
  };
}

/** Strands an ancestor chain gains when a unit inside it gains `strands` (e.g. material consumed later). */
export function propagateUp(holder: ExistingUnit, ancestors: ExistingUnit[], strands: LineageEntry[]): UnitEvent[][] {
  return alongAncestors({ parent: holder, component: holder, ancestors }, strands, 'LineageExtended');
}
