import { UnitEvent } from '@trace/domain';
import { Change } from '@trace/read-store';
import { fieldsFor } from './units.projection';

const WHEREABOUTS = ['status', 'location', 'custodian', 'customer'];
/** Where a unit is and who holds it, plus the container it is packed in (packing happens in place). */
const PLACEMENT = [...WHEREABOUTS, 'container'];

const changes = (fields: string[]) => (event: UnitEvent): boolean => Object.keys(fieldsFor(event)).some((field) => fields.includes(field));

/** Whether a unit event changes where the unit is or who holds it (genealogy and recall events do not). */
export const changesWhereabouts = changes(WHEREABOUTS);

/** Whether a unit event changes its whereabouts or the container it is packed in. */
export const changesPlacement = changes(PLACEMENT);

/** For models that copy a unit's placement (where it is, who holds it, its container): one filtered update per event that changes it. */
export function whereaboutsChanges(model: string, event: UnitEvent): Change[] {
  if (event.type === 'SerialAssigned') return [];
  const set = Object.fromEntries(Object.entries(fieldsFor(event)).filter(([field]) => PLACEMENT.includes(field)));
  if (Object.keys(set).length === 0) return [];
  return [{ op: 'update', model, where: { sku: event.data.sku, serial: event.data.serial }, set }];
}
