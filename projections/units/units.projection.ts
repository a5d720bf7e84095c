import { UnitEvent } from '@trace/domain';
import { ReadModel, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection, unhandled } from '../projection';
import { insideChanges, ownPlacement } from './placement';
import { UnitDocument } from './unit-document';
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
    status: 'text',
    location: 'text',
    custodian: 'text',
    customer: 'text',
    destination: 'text',
    installedIn: 'json',
    top: 'text',
    container: 'text',
    lastEventAt: 'text',
    revision: 'integer',
    position: 'integer',
  },
  indexes: [['lotId'], ['lotId', 'status'], ['lotId', 'location'], ['lotId', 'status', 'location'], ['location'], ['container'], ['top']],
};

function unitChanges(event: UnitEvent & ProjectedEvent) {
  const set = { ...fieldsFor(event), ...ownPlacement(event), lastEventAt: event.occurredAt, revision: event.revision, position: event.position };
  return [upsert(unitsModel, { sku: event.data.sku, serial: event.data.serial }, set), ...insideChanges(unitsModel, event)];
}

function project(event: ProjectedEvent) {
  switch (event.type) {
    case 'SerialAssigned':
    case 'UnitMoved':
    case 'UnitShipped':
    case 'UnitReceived':
    case 'UnitSold':
    case 'UnitReturned':
    case 'UnitRepaired':
    case 'UnitScrapped':
    case 'LotConsumed':
    case 'ComponentInstalled':
    case 'UnitInstalled':
    case 'ComponentRemoved':
    case 'UnitRemoved':
    case 'LineageExtended':
    case 'LineageReduced':
    case 'UnitPacked':
    case 'UnitUnpacked':
    case 'UnitQuarantined':
    case 'UnitRecallResolved':
      return unitChanges(event);
    case 'LotRegistered':
    case 'LotRecalled':
    case 'RecallOpened':
    case 'RecallClosed':
    case 'ContainerCreated':
    case 'ContentsPacked':
    case 'ContentsUnpacked':
    case 'ContainerPacked':
    case 'ContainerUnpacked':
    case 'ContainerMoved':
    case 'ContainerShipped':
    case 'ContainerReceived':
      return [];
    default:
      return unhandled(event);
  }
}

export const unitsProjection: Projection<'units'> = { name: 'units', models: [unitsModel], project };
