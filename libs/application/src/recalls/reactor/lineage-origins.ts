import { lotOrigin, UnitEvent } from '@trace/domain';

/** Origins a unit event adds to that unit's lineage: what late lineage is made of. */
export function addedOrigins(event: UnitEvent): string[] {
  switch (event.type) {
    case 'SerialAssigned':
      return event.data.lotId === null ? [] : [lotOrigin(event.data.lotId)];
    case 'LotConsumed':
      return [event.data.entry.origin];
    case 'ComponentInstalled':
    case 'LineageExtended':
      return [...new Set(event.data.lineage.map((entry) => entry.origin))];
    default:
      return [];
  }
}
