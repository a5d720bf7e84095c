import { lotOrigin, merged, unitOrigin, without } from '../genealogy/lineage';
import { UnitEvent } from './unit.events';
import { ExistingUnit, UnitState } from './unit.state';

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
    case 'LotConsumed':
      return { ...unit, lineage: merged(unit.lineage, [event.data.entry]) };
    case 'ComponentInstalled':
      return { ...unit, components: [...unit.components, event.data.component], lineage: merged(unit.lineage, event.data.lineage) };
    case 'ComponentRemoved': {
      const { sku, serial } = event.data.component;
      const components = unit.components.filter((c) => c.sku !== sku || c.serial !== serial);
      return { ...unit, components, lineage: without(unit.lineage, event.data.lineage) };
    }
    case 'UnitInstalled':
      return { ...unit, parent: event.data.parent, location: null };
    case 'UnitRemoved':
      return { ...unit, parent: null, location: event.data.location };
    case 'LineageExtended':
      return { ...unit, lineage: merged(unit.lineage, event.data.lineage) };
    case 'LineageReduced':
      return { ...unit, lineage: without(unit.lineage, event.data.lineage) };
    case 'UnitPacked':
      return { ...unit, container: event.data.container };
    case 'UnitUnpacked':
      return { ...unit, container: null };
    case 'UnitQuarantined':
      return { ...unit, recalls: { ...unit.recalls, [event.data.recallId]: { recalledAt: event.data.recalledAt, resolved: false } } };
    case 'UnitRecallResolved': {
      const hold = unit.recalls[event.data.recallId];
      return { ...unit, recalls: { ...unit.recalls, [event.data.recallId]: { ...hold, resolved: true } } };
    }
  }
}

export function evolveUnit(state: UnitState, event: UnitEvent): UnitState {
  if (state.exists) return evolveExisting(state, event);
  if (event.type !== 'SerialAssigned') return state;
  const { sku, serial, lotId, location } = event.data;
  const self = { sku, serial };
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
    parent: null,
    components: [],
    container: null,
    lineage: [
      { origin: unitOrigin(self), how: 'self', path: [self] },
      ...(lotId === null ? [] : [{ origin: lotOrigin(lotId), how: 'lot' as const, path: [self] }]),
    ],
    recalls: {},
  };
}
