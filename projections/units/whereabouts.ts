import { UnitEvent } from '@trace/domain';
import { Change } from '@trace/read-store';
import { fieldsFor } from './units.projection';

const WHEREABOUTS = ['status', 'location', 'custodian', 'customer'];

/** Whether a unit event changes where the unit is or who holds it (genealogy and recall events do not). */
export const changesWhereabouts = (event: UnitEvent): boolean => Object.keys(fieldsFor(event)).some((field) => WHEREABOUTS.includes(field));

/** Whether a unit event packs or unpacks the unit (which changes no whereabouts: packing happens in place). */
export const changesContainer = (event: UnitEvent): boolean => 'container' in fieldsFor(event);

/** What models copying a unit's whereabouts hold: where it is, who holds it, and the container it is packed in. */
const COPIED = [...WHEREABOUTS, 'container'];

/** For models that copy where a unit is and who holds it: one filtered update per unit event that changes it. */
export function whereaboutsChanges(model: string, event: UnitEvent): Change[] {
  if (event.type === 'SerialAssigned') return [];
  const set = Object.fromEntries(Object.entries(fieldsFor(event)).filter(([field]) => COPIED.includes(field)));
  if (Object.keys(set).length === 0) return [];
  return [{ op: 'update', model, where: { sku: event.data.sku, serial: event.data.serial }, set }];
}
