import { UnitEvent } from '@trace/domain';

type UnitFields = Record<string, unknown>;

/** The unit fields an event changes (shared with the models that copy them). */
export function fieldsFor(event: UnitEvent): UnitFields {
  switch (event.type) {
    case 'SerialAssigned':
      return {
        lotId: event.data.lotId,
        status: 'in_stock',
        location: event.data.location,
        custodian: null,
        customer: null,
        destination: null,
        installedIn: null,
        top: null,
        container: null,
      };
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
