import { AssemblyEvents } from '@trace/domain';
import { StreamWrite, writeOf } from '../shared/stream-commands';
import { LoadedUnit } from '../shared/unit-loader';

/** One write per unit an assembly change touches; the parent's comes second. */
export function assemblyWrites(component: LoadedUnit, parent: LoadedUnit, ancestors: LoadedUnit[], events: AssemblyEvents): StreamWrite[] {
  return [writeOf(component, events.component), writeOf(parent, events.parent), ...ancestors.map((ancestor, i) => writeOf(ancestor, events.ancestors[i]))];
}
