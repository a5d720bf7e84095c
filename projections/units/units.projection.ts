import { isUnitEvent } from '@trace/domain';
import { ReadModelDefinition } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';
import { insideChanges, ownPlacement } from './placement';
import { fieldsFor } from './unit-fields';

/**
 * Current state of every unit; a unit built into others shows where the outermost one is (see placement.ts). Its indexes also serve lot membership ("units of lot Y", by status and/or
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
    /** Token of the outermost unit this one is built into: status, location, custodian, customer and destination are its. */
    top: 'text',
    /** The container the unit is packed in (its location and custodian are the container's). */
    container: 'text',
    lastEventAt: 'text',
    revision: 'integer',
    position: 'integer',
  },
  indexes: [['lotId'], ['lotId', 'status'], ['lotId', 'location'], ['lotId', 'status', 'location'], ['location'], ['container'], ['top']],
};

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
        set: { ...fieldsFor(event), ...ownPlacement(event), lastEventAt: event.occurredAt, revision: event.revision, position: event.position },
      },
      ...insideChanges('units', event),
    ];
  },
};
