import { RecordedEvent as ClientEvent } from '@eventstore/db-client';
import { newEvent } from '../contract/event-store.contract';
import {
  commandIntent,
  commandPointers,
  commandStream,
  intentStream,
  lastIntent,
  pointedStreams,
  resumePointersAt,
  streamsByCommand,
  STREAMS_PER_POINTER,
  unfinished,
} from './command-index';

const stored = (data: object, type = 'CommandStreams') => ({ type, isJson: true, data }) as unknown as ClientEvent;

describe('EventStoreDB command index', () => {
  it('names a pointer stream per command, outside the unit and lot categories', () => {
    expect(commandStream('4b0c')).toBe('command-4b0c');
  });

  it('groups the streams of each command, sorted and once each', () => {
    const requests = [
      { stream: 'unit-b', events: [newEvent('A', {}, 'bulk'), newEvent('B', {}, 'bulk')], expected: 'no_stream' as const },
      { stream: 'unit-a', events: [newEvent('A', {}, 'bulk')], expected: 'no_stream' as const },
      { stream: 'unit-c', events: [newEvent('A', {}, 'other')], expected: 'no_stream' as const },
    ];
    expect(streamsByCommand(requests)).toEqual(
      new Map([
        ['bulk', ['unit-a', 'unit-b']],
        ['other', ['unit-c']],
      ]),
    );
  });

  it('pages the streams into pointer events whose ids follow from their content', () => {
    const streams = Array.from({ length: STREAMS_PER_POINTER + 1 }, (_, i) => `unit-${String(i).padStart(4, '0')}`);
    const pointers = commandPointers('cmd', streams);
    expect(pointers.map((p) => (p.data as { streams: string[] }).streams.length)).toEqual([STREAMS_PER_POINTER, 1]);
    expect(commandPointers('cmd', streams).map((p) => p.id)).toEqual(pointers.map((p) => p.id));
    expect(commandPointers('cmd', ['unit-x'])[0].id).not.toBe(commandPointers('cmd', ['unit-y'])[0].id);
    expect(commandPointers('other', ['unit-x'])[0].id).not.toBe(commandPointers('cmd', ['unit-x'])[0].id);
  });

  it('goes on after the pointers already written, and refuses a command id that points elsewhere', () => {
    expect(resumePointersAt([], ['a', 'b'])).toBe(0);
    expect(resumePointersAt(['a'], ['a', 'b'])).toBe(1);
    expect(resumePointersAt(['a', 'b'], ['a', 'b'])).toBe(2);
    expect(resumePointersAt(['x'], ['a', 'b'])).toBeNull();
    expect(resumePointersAt(['a', 'b', 'c'], ['a', 'b'])).toBeNull();
  });

  it('reads back the streams the pointers name', () => {
    expect(pointedStreams([stored({ streams: ['unit-a', 'unit-b'] }), stored({ streams: ['unit-c'] }), stored({}, '$metadata')])).toEqual([
      'unit-a',
      'unit-b',
      'unit-c',
    ]);
  });

  it('records each attempt of an all-or-nothing write, and finds what the last one has not stored yet', () => {
    const first = [
      { stream: 'unit-a', events: [newEvent('ComponentInstalled', { n: 1 }, 'cmd')], expected: 3 },
      { stream: 'unit-b', events: [newEvent('UnitInstalled', {}, 'cmd'), newEvent('UnitMoved', {}, 'cmd')], expected: 0 },
    ];
    const replanned = [{ ...first[0], events: [{ ...first[0].events[0], data: { n: 2 } }] }, first[1]];
    expect(intentStream('cmd')).toBe('command-cmd-intent');
    expect(commandIntent('cmd', first).id).toBe(commandIntent('cmd', first).id);
    expect(commandIntent('cmd', replanned).id).not.toBe(commandIntent('cmd', first).id);

    const recorded = [commandIntent('cmd', first), commandIntent('cmd', replanned)].map((intent) => stored(intent.data as object, intent.type));
    expect(lastIntent(recorded)).toEqual(JSON.parse(JSON.stringify(replanned)));
    expect(lastIntent([])).toBeNull();

    const [a, b] = replanned;
    expect(unfinished(replanned, new Set([a.events[0].eventId]))).toEqual([b]);
    expect(unfinished(replanned, new Set([a.events[0].eventId, b.events[0].eventId]))).toEqual([b]);
    expect(unfinished(replanned, new Set([...a.events, ...b.events].map((event) => event.eventId)))).toEqual([]);
  });
});
