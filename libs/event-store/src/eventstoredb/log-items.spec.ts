import { AllStreamResolvedEvent } from '@eventstore/db-client';
import { newEvent } from '../contract/event-store.contract';
import { toEventData } from './event-mapping';
import { FollowState, LogMarker, nextLogItems } from './log-items';

const prefixes = ['unit-', 'lot-'];
const at = (n: number) => ({ commit: BigInt(n), prepare: BigInt(n) });
const catchingUp: FollowState = { last: 100, live: false };
const live: FollowState = { last: 100, live: true };

function received(position: number, streamId = 'unit-a', type = 'UnitMoved'): AllStreamResolvedEvent {
  const data = toEventData(newEvent(type));
  const event = {
    streamId,
    id: data.id,
    isJson: true,
    revision: 0n,
    type,
    created: new Date(),
    data: data.data,
    metadata: data.metadata,
    position: at(position),
  };
  return { event } as AllStreamResolvedEvent;
}

describe('following the EventStoreDB log', () => {
  it('yields followed events and remembers their position', () => {
    const step = nextLogItems(received(120), catchingUp, true, prefixes);
    expect(step.state).toEqual({ last: 120, live: false });
    expect(step.items).toEqual([expect.objectContaining({ kind: 'event', event: expect.objectContaining({ position: 120, stream: 'unit-a' }) })]);
  });

  it('drops what a resubscription delivers again', () => {
    expect(nextLogItems(received(100), catchingUp, true, prefixes)).toEqual({ items: [], state: catchingUp });
    expect(nextLogItems(received(90), catchingUp, true, prefixes)).toEqual({ items: [], state: catchingUp });
  });

  it('skips what the server filter should have dropped, but moves past it', () => {
    expect(nextLogItems(received(130, '$ce-unit', '$>'), catchingUp, true, prefixes)).toEqual({ items: [], state: { last: 130, live: false } });
    expect(nextLogItems(received(140, 'command-1', 'CommandStreams'), catchingUp, true, prefixes).state.last).toBe(140);
  });

  it('turns a checkpoint into caught_up at the checkpoint, never going back', () => {
    expect(nextLogItems(new LogMarker('checkpoint', at(500)), catchingUp, true, prefixes)).toEqual({
      items: [{ kind: 'caught_up', position: 500 }],
      state: { last: 500, live: false },
    });
    expect(nextLogItems(new LogMarker('checkpoint', { commit: 90n, prepare: 0n }), catchingUp, true, prefixes).items).toEqual([
      { kind: 'caught_up', position: 100 },
    ]);
  });

  it('goes live on "caught up", saying so at the last position seen, and stops being live on "fell behind"', () => {
    expect(nextLogItems(new LogMarker('caughtUp'), catchingUp, true, prefixes)).toEqual({ items: [{ kind: 'caught_up', position: 100 }], state: live });
    expect(nextLogItems(new LogMarker('fellBehind'), live, true, prefixes)).toEqual({ items: [], state: catchingUp });
  });

  it('once live, marks an event with nothing behind it as caught up, so it is applied without waiting', () => {
    expect(nextLogItems(received(120), live, true, prefixes).items.map((item) => item.kind)).toEqual(['event', 'caught_up']);
    expect(nextLogItems(received(120), live, false, prefixes).items.map((item) => item.kind)).toEqual(['event']);
    expect(nextLogItems(received(120), catchingUp, true, prefixes).items.map((item) => item.kind)).toEqual(['event']);
  });
});
