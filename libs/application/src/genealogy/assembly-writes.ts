import { AssemblyEvents } from '@trace/domain';
import { AppendResult } from '@trace/event-store';
import { StreamWrite } from '../shared/stream-commands';
import { LoadedUnit } from './unit-loader';

/** One write per unit an assembly change touches; the parent's comes second. */
export function assemblyWrites(component: LoadedUnit, parent: LoadedUnit, ancestors: LoadedUnit[], events: AssemblyEvents): StreamWrite[] {
  return [
    { stream: component.stream, expected: component.expected, events: events.component },
    { stream: parent.stream, expected: parent.expected, events: events.parent },
    ...ancestors.map((ancestor, i) => ({ stream: ancestor.stream, expected: ancestor.expected, events: events.ancestors[i] })),
  ];
}

/** Answer of a multi-stream command: the revision of the addressed unit's stream and the last position. */
export function answerFor(results: AppendResult[], addressed: number): { revision: number; position: number } {
  return { revision: results[addressed].revision, position: results.reduce((max, r) => Math.max(max, r.position), 0) };
}
