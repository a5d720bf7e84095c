import { isUnitEvent, UnitEvent } from '@trace/domain';
import { ReadModelDefinition } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';

/**
 * Current state of every unit. Its indexes also serve lot membership ("units of lot Y", by status and/or
 * location) and "units at location X", so those answers need no second copy of each unit.
 */
export const unitsModel: ReadModelDefinition = {
  name: 'units',
  key: ['sku', 'serial'],
  fields: {
    sku: 'text',
    serial: 'text',
    lotId: 'text',
    status: 'text',
    location: 'text',
    custodian: 'text',
    customer: 'text',
    destination: 'text',
    /** {sku, serial} of the unit this one is built into. */
    installedIn: 'json',
    /** The container the unit is packed in (its location and custodian are the container's). */
    container: 'text',
    lastEventAt: 'text',
    revision: 'integer',
    position: 'integer',
  },
  indexes: [['lotId'], ['lotId', 'status'], ['lotId', 'location'], ['lotId', 'status', 'location'], ['location'], ['container']],
};

type UnitFields = Record<string, unknown>;

/** The unit fields an event changes (shared with the models that copy them). */
export function fieldsFor(event: UnitEvent): UnitFields {
  switch (event.type) {
    case 'SerialAssigned':
      return { lotId: event.data.lotId, status: 'in_stock', location: event.data.location, custodian: null, customer: null, destination: null, installedIn: null, container: null };
    case 'UnitMoved':
      return { location: event.data.to };
    case 'UnitShipped':
      return { status: 'in_transit', location: null, destination: event.data.to };
    case 'UnitReceived':
      return { status: 'in_stock', location: event.data.location, custodian: event.data.by, destination: null };
    case 'UnitSold':
      return { status: 'sold', location: null, custodian: event.data.customer, customer: event.data.customer };
    case 'UnitReturned':
      return { status: 'returned', location: event.data.location, custodian: event.data.custodian, customer: null };
    case 'UnitRepaired':
      return { status: 'in_stock' };
    case 'UnitScrapped':
      return { status: 'scrapped', location: null, destination: null };
    case 'UnitInstalled':
      return { installedIn: event.data.parent, location: null };
    case 'UnitRemoved':
      return { installedIn: null, location: event.data.location };
    case 'UnitPacked':
      return { container: event.data.container };
    case 'UnitUnpacked':
      return { container: null };
    default:
      // Genealogy and recall events change no field of the unit's current state.
      return {};
  }
}

export const unitsProjection: Projection = {
  name: 'units',
  models: [unitsModel],
  project(event: ProjectedEvent) {
    if (!isUnitEvent(event)) return [];
    return [
      {
        op: 'upsert',
        model: 'units',
        key: { sku: event.data.sku, serial: event.data.serial },
        set: { ...fieldsFor(event), lastEventAt: event.occurredAt, revision: event.revision, position: event.position },
      },
    ];
  },
};
