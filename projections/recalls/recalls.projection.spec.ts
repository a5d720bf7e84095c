import { DomainEvent } from '@trace/domain';
import { materialise } from '../testing/materialise';
import { recallsProjection } from './recalls.projection';

const holder = { status: 'in_stock', location: 'WH-A', custodian: null, customer: null, container: null };
const unit = (serial: string) => ({ sku: 'P', serial });

const events: DomainEvent[] = [
  { type: 'RecallOpened', data: { recallId: 'R1', lotIds: ['L1'], units: [], reason: 'salmonella', severity: 'critical', recalledAt: '2026-05-01T00:00:00.000Z' } },
  { type: 'UnitQuarantined', data: { ...unit('1'), recallId: 'R1', recalledAt: '2026-05-01T00:00:00.000Z', origin: 'lot:L1', holder } },
  { type: 'UnitQuarantined', data: { ...unit('2'), recallId: 'R1', recalledAt: '2026-05-01T00:00:00.000Z', origin: 'lot:L1', holder } },
  { type: 'UnitMoved', data: { ...unit('2'), from: 'WH-A', to: 'QUARANTINE', reason: null } },
  { type: 'UnitRecallResolved', data: { ...unit('1'), recallId: 'R1', action: 'destroyed', note: 'incinerated' } },
];

describe('recalls projection', () => {
  it('tracks each held unit, its resolution and where it is now', async () => {
    const store = await materialise([recallsProjection], events);
    expect(await store.get('recalls', { recallId: 'R1' })).toMatchObject({ state: 'open', lotIds: ['L1'], severity: 'critical' });
    expect(await store.countBy('recall_units', { recallId: 'R1' }, 'state')).toEqual({ outstanding: 1, resolved: 1 });
    expect(await store.countBy('recall_units', { recallId: 'R1' }, 'location')).toEqual({ QUARANTINE: 1, 'WH-A': 1 });
    expect(await store.get('recall_units', { recallId: 'R1', ...unit('1') })).toMatchObject({ state: 'resolved', action: 'destroyed', note: 'incinerated' });
  });

  it('closes a recall', async () => {
    const closed: DomainEvent = { type: 'RecallClosed', data: { recallId: 'R1', forced: true, reason: 'unit lost', outstanding: 1 } };
    const store = await materialise([recallsProjection], [...events, closed]);
    expect(await store.get('recalls', { recallId: 'R1' })).toMatchObject({ state: 'closed', forced: 1, closeReason: 'unit lost' });
  });
});
