import { DomainEvent, RecallOpened } from '@trace/domain';
import { Workshop } from '../../libs/domain/src/testing/workshop';
import { lineageProjection } from '../lineage/lineage.projection';
import { materialise } from '../testing/materialise';
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
});
