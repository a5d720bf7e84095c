import { UnitEvent, whereaboutsChange } from '@trace/domain';
import { UnitDocument } from './unit-document';

/**
 * The fields of a unit's row an event changes: the domain's own table of what each event does to where a unit is
 * (`whereaboutsChange`, which `evolve` follows too), with its parent named `installedIn`, and the lot a serial
 * is assigned from.
 */
export function fieldsFor(event: UnitEvent): Partial<UnitDocument> {
  const change = whereaboutsChange(event);
  // Most events name no parent: their change is the row's as it is. This runs for every event of a replay, in
  // several projections, so it avoids object rest and spread (ten times slower here).
  if (!('parent' in change)) return change;
  const { parent = null, ...fields }: Partial<UnitDocument> & Pick<typeof change, 'parent'> = change;
  fields.installedIn = parent;
  if (event.type === 'SerialAssigned') {
    fields.lotId = event.data.lotId;
    fields.top = null;
  }
  return fields;
}
