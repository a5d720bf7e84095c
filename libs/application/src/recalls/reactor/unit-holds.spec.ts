import { DomainEvent, UnitRef, unitStream } from '@trace/domain';
import { EventStore } from '@trace/event-store';
import { InMemoryEventStore } from '@trace/event-store/in-memory';
import { changesOf, recallsProjection, unitsProjection } from '@trace/projections';
import { SqliteReadStore } from '@trace/read-store/sqlite';
import { stableUuid } from '@trace/shared';
import { CommandContext } from '../../shared/command-context';
import { envelopes } from '../../shared/event-envelopes';
import { UnitHolds } from './unit-holds';

const context: CommandContext = {
  commandId: 'c0ffee00-0000-4000-8000-000000000001',
  idempotent: false,
  requestHash: '',
  correlationId: 'RC-1',
  causationId: 'x',
  actor: 'recall-reactor',
  onBehalfOf: null,
};
const quarantine = () => ({ type: 'QuarantineUnit' as const, recallId: 'RC-1', recalledAt: '2026-11-01T00:00:00.000Z', origin: 'lot:Y' });
const unit = (serial: string): UnitRef => ({ sku: 'P', serial });

describe('unit holds (the recall reactor appending quarantines)', () => {
  let store: EventStore;
  let reads: SqliteReadStore;
  let projected = 0;
  let holds: UnitHolds;

  const record = async (serial: string, events: DomainEvent[]) => {
    const stream = unitStream(unit(serial));
    const history = await store.readStream(stream);
    const expected = history.length ? history[history.length - 1].revision : 'no_stream';
    const command = { ...context, commandId: stableUuid(`${stream}:${history.length}`), actor: 'test' };
    await store.append(stream, envelopes(stream, events, command, '2026-10-01T00:00:00.000Z'), expected);
  };
  /** Brings the read models up to the head of the log, as the projector would. */
  const project = async () => {
    const events = await store.readAll(projected, 10_000);
    if (!events.length) return;
    const changes = changesOf([unitsProjection, recallsProjection], events);
    const position = events[events.length - 1].position;
    await reads.apply(changes, { name: 'read-models', expected: projected, position });
    projected = position;
  };
  const quarantines = async (serial: string) => (await store.readStream(unitStream(unit(serial)))).filter((e) => e.type === 'UnitQuarantined');

  beforeEach(async () => {
    store = new InMemoryEventStore();
    reads = new SqliteReadStore({ file: ':memory:' });
    await reads.register([...unitsProjection.models, ...recallsProjection.models]);
    projected = 0;
    holds = new UnitHolds(store, reads, () => new Date('2026-11-01T00:00:01.000Z'));
    for (const serial of ['1', '2', '3']) await record(serial, [{ type: 'SerialAssigned', data: { ...unit(serial), lotId: null, location: 'WH-A' } }]);
  });

  it('holds every unit once, recording where the read models say it is', async () => {
    await project();
    expect(await holds.apply('RC-1', [unit('1'), unit('2')], quarantine, context)).toBe(2);
    const [held] = await quarantines('1');
    expect(held.data).toMatchObject({ recallId: 'RC-1', holder: { status: 'in_stock', location: 'WH-A' } });
    await project();
    expect(await holds.apply('RC-1', [unit('1'), unit('2')], quarantine, context)).toBe(0);
    expect(await quarantines('1')).toHaveLength(1);
  });

  it('holds a unit that the recall affects but whose hold is still pending', async () => {
    await project();
    const affected = { recallId: 'RC-1', ...unit('1') };
    await reads.apply([{ op: 'upsert', model: 'recall_units', key: affected, set: { state: 'outstanding', holdPending: 1 } }], {
      name: 'test',
      expected: 0,
      position: 1,
    });
    expect(await holds.apply('RC-1', [unit('1')], quarantine, context)).toBe(1);
    await project();
    expect(await reads.get('recall_units', affected)).toMatchObject({ holdPending: 0 });
    expect(await holds.apply('RC-1', [unit('1')], quarantine, context)).toBe(0);
  });

  it('decides again on the stream a unit that moved after the read models were written', async () => {
    await project();
    await record('1', [{ type: 'UnitMoved', data: { ...unit('1'), from: 'WH-A', to: 'WH-B', reason: null } }]);
    expect(await holds.apply('RC-1', [unit('1')], quarantine, context)).toBe(1);
    const [held] = await quarantines('1');
    expect(held.data).toMatchObject({ holder: { location: 'WH-B' } });
    expect(held.revision).toBe(2);
  });

  it('decides on the stream a unit the read models do not have yet, and never holds a unit twice', async () => {
    expect(await holds.apply('RC-1', [unit('3')], quarantine, context)).toBe(1);
    // The hold is not projected yet: the read models show the unit at revision 0 and no hold.
    await reads.apply(changesOf([unitsProjection], (await store.readStream(unitStream(unit('3')))).slice(0, 1)), {
      name: 'read-models',
      expected: 0,
      position: 1,
    });
    // Decided again on the stale read models, the same event id is appended again: the store answers the first append.
    await holds.apply('RC-1', [unit('3')], quarantine, context);
    expect(await quarantines('3')).toHaveLength(1);
  });

  it('releases only the units still held', async () => {
    await project();
    await holds.apply('RC-1', [unit('1'), unit('2')], quarantine, context);
    await project();
    const release = () => ({ type: 'ResolveRecall' as const, recallId: 'RC-1', action: 'released' as const, note: 'closed' });
    expect(await holds.apply('RC-1', [unit('1'), unit('2'), unit('3')], release, { ...context, commandId: 'c0ffee00-0000-4000-8000-000000000002' })).toBe(2);
  });
});
