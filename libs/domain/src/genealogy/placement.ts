import { UnitRef } from '../shared/identifiers';
import { ExistingUnit } from '../unit/unit.state';
import { Holder } from './lineage';

/** What placing a unit looks at: its own whereabouts, its container. */
export type Placed = Pick<ExistingUnit, 'sku' | 'serial' | 'status' | 'location' | 'custodian' | 'customer' | 'destination' | 'container'>;

const ref = (unit: UnitRef): UnitRef => ({ sku: unit.sku, serial: unit.serial });

/**
 * Where `unit` is, given the units it is built into (nearest first): its own whereabouts when it is built into
 * nothing; otherwise those of the outermost unit, which is what moves, ships and sells while the unit rides inside.
 * Its container stays its own (a unit built into another is never packed on its own).
 */
export function placementOf(unit: Placed, within: readonly Placed[] = []): Holder {
  const top = within[within.length - 1];
  const carrier = top ?? unit;
  return {
    status: carrier.status,
    location: carrier.location,
    custodian: carrier.custodian,
    customer: carrier.customer,
    destination: carrier.destination,
    container: unit.container,
    top: top ? ref(top) : null,
  };
}

/** Marks the events of a unit that carries others built into it: their placement follows its own. */
export const carrying = (unit: Pick<ExistingUnit, 'components'>): { withComponents?: true } => (unit.components.length > 0 ? { withComponents: true } : {});

/** Every unit built into `unit`, at any depth, from its lineage. */
export function unitsInside(unit: Pick<ExistingUnit, 'lineage'>): UnitRef[] {
  const inside = new Map<string, UnitRef>();
  for (const entry of unit.lineage) {
    if (entry.how !== 'component') continue;
    const first = entry.path[0];
    inside.set(`${first.sku}\u0000${first.serial}`, ref(first));
  }
  return [...inside.values()];
}
