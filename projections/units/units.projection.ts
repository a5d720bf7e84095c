import { isUnitEvent, UnitEvent } from '@trace/domain';
import { Change, increment, ReadModel, update, upsert } from '@trace/read-store';
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
    suspect: 'integer',
    verifications: 'integer',
    warrantyStartsAt: 'text',
    warrantyEndsAt: 'text',
    warrantyVoided: 'integer',
    sold: 'integer',
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
    // Claim rates: a SKU's units sold, counted by lot from the index alone.
    ['sku', 'sold', 'lotId'],
  ],
};

export interface SuspectDocument {
  sku: string;
  serial: string;
  /** The log position of the suspicion: a unit may be suspected more than once, each with its evidence. */
  position: number;
  rule: string;
  evidence: string;
  suspectedAt: string;
  /** 1 once someone cleared the unit (every suspicion of it up to then). */
  cleared: 0 | 1;
  clearedAt: string | null;
  note: string | null;
}

/** Every suspicion raised, with its evidence; the open ones by SKU for the service desk. */
export const suspectsModel: ReadModel<SuspectDocument> = {
  name: 'suspects',
  key: ['sku', 'serial', 'position'],
  fields: {
    sku: 'text',
    serial: 'text',
    position: 'integer',
    rule: 'text',
    evidence: 'text',
    suspectedAt: 'text',
    cleared: 'integer',
    clearedAt: 'text',
    note: 'text',
  },
  // Open ones (by SKU: the key follows), and a unit's open ones, which a clearing closes.
  indexes: [['cleared'], ['sku', 'serial', 'cleared']],
};

const NO_CHANGES: Change[] = [];

/** What evidence changes beside the unit's row: a verification counted, a suspicion's row, a clearing of the open ones. */
function evidenceChanges(event: UnitEvent & ProjectedEvent): Change[] {
  const { sku, serial } = event.data;
  switch (event.type) {
    case 'UnitVerified':
      return [increment(unitsModel, { sku, serial }, { verifications: 1 })];
    case 'UnitSuspected': {
      const { rule, evidence } = event.data;
      const row = { rule, evidence, suspectedAt: event.occurredAt, cleared: 0 as const, clearedAt: null, note: null };
      return [upsert(suspectsModel, { sku, serial, position: event.position }, row)];
    }
    case 'UnitSuspicionCleared':
      return [update(suspectsModel, { sku, serial, cleared: 0 }, { cleared: 1, clearedAt: event.occurredAt, note: event.data.note })];
    default:
      return NO_CHANGES;
  }
}

/** What evidence sets on a unit's own row (whether it is suspect; a new serial is not, and was never verified), if anything. */
function suspicion(event: UnitEvent): Partial<UnitDocument> | null {
  switch (event.type) {
    case 'SerialAssigned':
      return { suspect: 0, verifications: 0 };
    case 'UnitSuspected':
      return { suspect: 1 };
    case 'UnitSuspicionCleared':
      return { suspect: 0 };
    default:
      return null;
  }
}

/** What a unit's warranty and sales set on its row, if anything. */
function warranty(event: UnitEvent): Partial<UnitDocument> | null {
  switch (event.type) {
    case 'SerialAssigned':
      return { warrantyStartsAt: null, warrantyEndsAt: null, warrantyVoided: 0, sold: 0 };
    case 'UnitSold':
      return { sold: 1 };
    case 'WarrantyStarted':
    case 'UnitGivenAsReplacement':
      return { warrantyStartsAt: event.data.startsAt, warrantyEndsAt: event.data.endsAt, warrantyVoided: 0 };
    case 'WarrantyExtended':
      return { warrantyEndsAt: event.data.endsAt };
    case 'WarrantyVoided':
      return { warrantyVoided: 1 };
    case 'WarrantyClaimResolved':
      return event.data.warrantyEndsAt === null ? null : { warrantyEndsAt: event.data.warrantyEndsAt };
    default:
      return null;
  }
}

function unitChanges(event: UnitEvent & ProjectedEvent): Change[] {
  const set = { ...fieldsFor(event), ...ownPlacement(event), lastEventAt: event.occurredAt, revision: event.revision, position: event.position };
  // Replays run this for every unit event: a third spread only for the few events that set evidence or warranty.
  const evidence = suspicion(event);
  if (evidence) Object.assign(set, evidence);
  const terms = warranty(event);
  if (terms) Object.assign(set, terms);
  return [upsert(unitsModel, { sku: event.data.sku, serial: event.data.serial }, set), ...evidenceChanges(event), ...insideChanges(unitsModel, event)];
}

/** Every unit event changes its unit's row the same way: what it changes is the domain's table (fieldsFor). */
const project = (event: ProjectedEvent) => (isUnitEvent(event) ? unitChanges(event) : []);

export const unitsProjection: Projection<'units'> = { name: 'units', models: [unitsModel, suspectsModel], project };
