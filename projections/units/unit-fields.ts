import { UnitEvent, whereaboutsChange } from '@trace/domain';
import { UnitDocument } from './unit-document';

/**
 * The fields of a unit's row an event changes: the domain's own table of what each event does to where a unit is
 * (`whereaboutsChange`, which `evolve` follows too), with its parent named `installedIn`, and the lot a serial
 * is assigned from.
 */
export function fieldsFor(event: UnitEvent): Partial<UnitDocument> {
  const { parent, ...change } = whereaboutsChange(event);
  const fields: Partial<UnitDocument> = parent === undefined ? change : { ...change, installedIn: parent };
  if (event.type === 'SerialAssigned') return { ...fields, lotId: event.data.lotId, top: null };
  return fields;
}
