import { isUnitEvent, UnitEvent } from '@trace/domain';
import { ReadModel, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';
import { insideChanges, ownPlacement } from './placement';
import { PLACEMENT_FIELD_TYPES, UnitDocument } from './unit-document';
import { fieldsFor } from './unit-fields';

/**
 * Current state of every unit. Its indexes also serve lot membership ("units of lot Y", by status and/or
 * location) and "units at location X", so those answers need no second copy of each unit.
 */
export const unitsModel: ReadModel<UnitDocument> = {
  name: 'units',
  key: ['sku', 'serial'],
  fields: {
    sku: 'text',
    serial: 'text',
    lotId: 'text',
    ...PLACEMENT_FIELD_TYPES,
    lastEventAt: 'text',
    revision: 'integer',
    position: 'integer',
  },
  indexes: [
    ['lotId'],
    ['lotId', 'status'],
    ['lotId', 'location'],
    ['lotId', 'status', 'location'],
    ['location'],
    ['container'],
    ['top'],
    // Lists: a customer's or a custodian's units, and a status (with the key after it: a SKU's units in a status).
    ['customer'],
    ['custodian'],
    ['status'],
  ],
};

function unitChanges(event: UnitEvent & ProjectedEvent) {
  const set = { ...fieldsFor(event), ...ownPlacement(event), lastEventAt: event.occurredAt, revision: event.revision, position: event.position };
  return [upsert(unitsModel, { sku: event.data.sku, serial: event.data.serial }, set), ...insideChanges(unitsModel, event)];
}

/** Every unit event changes its unit's row the same way: what it changes is the domain's table (fieldsFor). */
const project = (event: ProjectedEvent) => (isUnitEvent(event) ? unitChanges(event) : []);

export const unitsProjection: Projection<'units'> = { name: 'units', models: [unitsModel], project };
