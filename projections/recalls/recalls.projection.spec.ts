import { DomainEvent, RecallOpened } from '@trace/domain';
import { Workshop } from '../../libs/domain/src/testing/workshop';
import { lineageProjection } from '../lineage/lineage.projection';
import { lotsProjection } from '../lots/lots.projection';
import { materialise, recorded } from '../testing/materialise';
import { recallsProjection } from './recalls.projection';

const holder = { status: 'in_stock', location: 'WH-A', custodian: null, customer: null, container: null };
const unit = (serial: string) => ({ sku: 'P', serial });

const opened = (recall: Partial<RecallOpened['data']> = {}): DomainEvent => ({
  type: 'RecallOpened',
  data: { recallId: 'R1', lotIds: ['L1'], units: [], reason: 'salmonella', severity: 'critical', recalledAt: '2026-05-01T00:00:00.000Z', ...recall },
});
const projections = [lineageProjection, recallsProjection];

const events: DomainEvent[] = [
  opened(),
  { type: 'UnitQuarantined', data: { ...unit('1'), recallId: 'R1', recalledAt: '2026-05-01T00:00:00.000Z', origin: 'lot:L1', holder } },
  { type: 'UnitQuarantined', data: { ...unit('2'), recallId: 'R1', recalledAt: '2026-05-01T00:00:00.000Z', origin: 'lot:L1', holder } },
  { type: 'UnitMoved', data: { ...unit('2'), from: 'WH-A', to: 'QUARANTINE', reason: null } },
  { type: 'UnitRecallResolved', data: { ...unit('1'), recallId: 'R1', action: 'destroyed', note: 'incinerated' } },
];

describe('recalls projection', () => {
  it('tracks each held unit, its resolution and where it is now', async () => {
    const store = await materialise(projections, events);
    expect(await store.get('recalls', { recallId: 'R1' })).toMatchObject({ state: 'open', lotIds: ['L1'], severity: 'critical' });
    expect(await store.countBy('recall_units', { recallId: 'R1' }, 'state')).toEqual({ outstanding: 1, resolved: 1 });
    expect(await store.countBy('recall_units', { recallId: 'R1' }, 'location')).toEqual({ QUARANTINE: 1, 'WH-A': 1 });
    expect(await store.get('recall_units', { recallId: 'R1', ...unit('1') })).toMatchObject({ state: 'resolved', action: 'destroyed', note: 'incinerated' });
  });

  it('takes the affected set from the lineage as the recall is projected: each unit once, none of later lineage', async () => {
    const w = new Workshop().unit('cell', 'L1').unit('cell-2', 'L1').unit('module').unit('pack').unit('other', 'L2');
    w.install('module', 'cell').install('module', 'cell-2').install('pack', 'module');
    const late = new Workshop().unit('late', 'L1').log;
    const store = await materialise(projections, [...w.log, opened(), ...late]);
    const rows = await store.page('recall_units', { where: { recallId: 'R1', state: 'outstanding' }, limit: 10 });
    expect(rows.map((row) => [row.serial, row.origin, row.holdPending, row.quarantinedAt])).toEqual([
      ['cell', 'lot:L1', 1, null],
      ['cell-2', 'lot:L1', 1, null],
      ['module', 'lot:L1', 1, null],
      ['pack', 'lot:L1', 1, null],
    ]);
    expect(rows[3]).toMatchObject({ status: 'in_stock', location: 'LINE', recalledAt: '2026-05-01T00:00:00.000Z' });
  });

  it('takes a recalled unit and every unit it is built into', async () => {
    const w = new Workshop().unit('cell').unit('module').unit('other').install('module', 'cell');
    const store = await materialise(projections, [...w.log, opened({ lotIds: [], units: [unit('cell')] })]);
    expect((await store.page('recall_units', { where: { recallId: 'R1', state: 'outstanding' }, limit: 10 })).map((row) => row.serial)).toEqual([
      'cell',
      'module',
    ]);
  });

  it('records the hold once the unit is quarantined', async () => {
    const w = new Workshop().unit('1', 'L1');
    const store = await materialise(projections, [...w.log, opened(), events[1]]);
    expect(await store.get('recall_units', { recallId: 'R1', ...unit('1') })).toMatchObject({ holdPending: 0, quarantinedAt: expect.any(String) });
  });

  it('closes a recall', async () => {
    const closed: DomainEvent = { type: 'RecallClosed', data: { recallId: 'R1', forced: true, reason: 'unit lost', outstanding: 1 } };
    const store = await materialise(projections, [...events, closed]);
    expect(await store.get('recalls', { recallId: 'R1' })).toMatchObject({ state: 'closed', forced: 1, closeReason: 'unit lost' });
  });

  describe('recall lots', () => {
    // In the order ALL_PROJECTIONS runs them: the copy reads the lots model as the events before it left it.
    const withLots = [lotsProjection, lineageProjection, recallsProjection];
    const flour: DomainEvent = {
      type: 'LotRegistered',
      data: { lotId: 'L1', sku: 'FLOUR', producedAt: null, expiresAt: null, site: null, quantity: 10, uom: 'KGM', location: 'WH-A' },
    };
    const recalled = (recallId = 'R1', lotId = 'L1'): DomainEvent => ({
      type: 'LotRecalled',
      data: { lotId, recallId, reason: 'salmonella', severity: 'critical', recalledAt: '2026-05-01T00:00:00.000Z' },
    });
    const before: DomainEvent[] = [
      flour,
      { type: 'LotSold', data: { lotId: 'L1', from: 'WH-A', customer: 'ACME', quantity: 4, receipt: 'S1', remaining: 6 } },
      { type: 'LotReturned', data: { lotId: 'L1', customer: 'ACME', location: 'RMA', quantity: 0.1, reason: 'torn', remaining: 3.9 } },
      { type: 'LotReturned', data: { lotId: 'L1', customer: 'ACME', location: 'RMA', quantity: 0.2, reason: 'torn', remaining: 3.7 } },
      { type: 'LotDisposed', data: { lotId: 'L1', from: 'RMA', quantity: 0.3, reason: 'torn', remaining: 0 } },
    ];
    const after: DomainEvent[] = [
      { type: 'LotReturned', data: { lotId: 'L1', customer: 'ACME', location: 'RMA', quantity: 3.7, reason: 'recall', remaining: 0 } },
      { type: 'LotDisposed', data: { lotId: 'L1', from: 'WH-A', quantity: 6, reason: 'recall', remaining: 0 } },
    ];

    it('holds a recalled lot with its totals at that moment, while the lot goes on counting', async () => {
      const events = [...before, opened(), recalled(), ...after];
      const store = await materialise(withLots, events);
      expect(await store.get('recall_lots', { recallId: 'R1', lotId: 'L1' })).toEqual({
        recallId: 'R1',
        lotId: 'L1',
        sku: 'FLOUR',
        uom: 'KGM',
        state: 'outstanding',
        recalledAt: '2026-05-01T00:00:00.000Z',
        heldAt: recorded(events)[before.length + 1].occurredAt,
        action: null,
        note: null,
        resolvedAt: null,
        returnedBeforeMicros: 300_000,
        disposedBeforeMicros: 300_000,
      });
      expect(await store.get('lots', { lotId: 'L1' })).toMatchObject({ returnedMicros: 4_000_000, disposedMicros: 6_300_000 });
      expect(await store.page('recall_lots', { where: { lotId: 'L1' }, limit: 10 })).toHaveLength(1);
    });

    it('records when the hold reached the lot, which is later than the recall for a lot made from a recalled one', async () => {
      const made: DomainEvent = {
        type: 'LotRegistered',
        data: { lotId: 'L2', sku: 'BREAD', producedAt: null, expiresAt: null, site: null, quantity: 5, location: 'BAKERY' },
      };
      const events = [flour, opened(), recalled(), made, recalled('R1', 'L2')];
      const store = await materialise(withLots, events);
      const times = recorded(events);
      expect(await store.get('recall_lots', { recallId: 'R1', lotId: 'L1' })).toMatchObject({ heldAt: times[2].occurredAt });
      // A lot registered with no unit of measure (before they were recorded) reads as EA.
      expect(await store.get('recall_lots', { recallId: 'R1', lotId: 'L2' })).toMatchObject({
        sku: 'BREAD',
        uom: 'EA',
        recalledAt: '2026-05-01T00:00:00.000Z',
        heldAt: times[4].occurredAt,
        returnedBeforeMicros: 0,
        disposedBeforeMicros: 0,
      });
      expect(await store.countBy('recall_lots', { recallId: 'R1' }, 'state')).toEqual({ outstanding: 2 });
    });

    it('takes the totals afresh for each recall holding the lot', async () => {
      const events = [...before, opened(), recalled(), ...after, opened({ recallId: 'R2' }), recalled('R2')];
      const store = await materialise(withLots, events);
      expect(await store.page('recall_lots', { where: { lotId: 'L1' }, limit: 10 })).toEqual([
        expect.objectContaining({ recallId: 'R1', returnedBeforeMicros: 300_000, disposedBeforeMicros: 300_000 }),
        expect.objectContaining({ recallId: 'R2', returnedBeforeMicros: 4_000_000, disposedBeforeMicros: 6_300_000 }),
      ]);
    });

    it('resolves a lot hold with its action, note and time, and keeps the totals it was held with', async () => {
      const resolved: DomainEvent = { type: 'LotRecallResolved', data: { lotId: 'L1', recallId: 'R1', action: 'destroyed', note: 'incinerated' } };
      const events = [...before, opened(), recalled(), ...after, resolved];
      const store = await materialise(withLots, events);
      expect(await store.get('recall_lots', { recallId: 'R1', lotId: 'L1' })).toMatchObject({
        state: 'resolved',
        action: 'destroyed',
        note: 'incinerated',
        resolvedAt: recorded(events)[events.length - 1].occurredAt,
        heldAt: recorded(events)[before.length + 1].occurredAt,
        returnedBeforeMicros: 300_000,
        disposedBeforeMicros: 300_000,
      });
      expect(await store.countBy('recall_lots', { recallId: 'R1' }, 'state')).toEqual({ resolved: 1 });
      expect(await store.page('recall_lots', { where: { recallId: 'R1', state: 'outstanding' }, limit: 10 })).toEqual([]);
    });

    it('resolves with no note', async () => {
      const resolved: DomainEvent = { type: 'LotRecallResolved', data: { lotId: 'L1', recallId: 'R1', action: 'released', note: null } };
      const store = await materialise(withLots, [flour, opened(), recalled(), resolved]);
      expect(await store.get('recall_lots', { recallId: 'R1', lotId: 'L1' })).toMatchObject({ state: 'resolved', action: 'released', note: null });
    });
  });
});
