import { DomainEvent, HoldLot, lotStream } from '@trace/domain';
import { AppendRequest, AppendResult, WrongExpectedRevision } from '@trace/event-store';
import { InMemoryEventStore } from '@trace/event-store/in-memory';
import { stableUuid } from '@trace/shared';
import { CommandContext } from '../../shared/command-context';
import { MAX_ATTEMPTS } from '../../shared/conflict-retries';
import { envelopes } from '../../shared/event-envelopes';
import { LotHolds } from './lot-holds';

const context: CommandContext = {
  commandId: 'c0ffee00-0000-4000-8000-000000000001',
  idempotent: false,
  requestHash: '',
  correlationId: 'RC-1',
  causationId: 'x',
  actor: 'recall-reactor',
  onBehalfOf: null,
};
const holdLot = (lotId: string): HoldLot => ({
  type: 'HoldLot',
  lotId,
  occurredAt: '2026-11-01T00:00:00.000Z',
  recallId: 'RC-1',
  recalledAt: '2026-11-01T00:00:00.000Z',
  reason: 'salmonella',
  severity: 'critical',
});
const release = (lotId: string) => ({
  type: 'ResolveLotRecall' as const,
  lotId,
  occurredAt: '2026-11-02T00:00:00.000Z',
  recallId: 'RC-1',
  action: 'released' as const,
  note: 'closed',
});
const registered = (lotId: string): DomainEvent => ({
  type: 'LotRegistered',
  data: { lotId, sku: 'FLOUR', producedAt: null, expiresAt: null, site: null, quantity: 10, uom: 'KGM', location: 'WH-A' },
});
const moved = (lotId: string): DomainEvent => ({ type: 'LotStockMoved', data: { lotId, from: 'WH-A', to: 'WH-B', quantity: 1, remaining: 9 } });

/** An event store where another writer changes lot `lotId` just before each of the next `times` batch appends. */
class ContendedStore extends InMemoryEventStore {
  contended: { lotId: string; times: number } | null = null;
  batches = 0;
  private writes = 0;

  override async appendMany(requests: AppendRequest[]): Promise<Array<AppendResult | WrongExpectedRevision>> {
    this.batches++;
    if (this.contended && this.contended.times > 0) {
      this.contended.times--;
      await this.record(this.contended.lotId, [moved(this.contended.lotId)]);
    }
    return super.appendMany(requests);
  }

  /** Appends as another command would, at the stream's head. */
  async record(lotId: string, events: DomainEvent[]): Promise<void> {
    const stream = lotStream(lotId);
    const history = await this.readStream(stream);
    const command = { ...context, commandId: stableUuid(`other-writer:${this.writes++}`), actor: 'test' };
    await this.append(stream, envelopes(stream, events, command, '2026-10-01T00:00:00.000Z'), history.length ? history.length - 1 : 'no_stream');
  }
}

describe('lot holds (the recall reactor holding lots)', () => {
  let store: ContendedStore;
  let holds: LotHolds;

  const history = async (lotId: string) => store.readStream(lotStream(lotId));
  const recalls = async (lotId: string) => (await history(lotId)).filter((event) => event.type === 'LotRecalled');

  beforeEach(async () => {
    store = new ContendedStore();
    holds = new LotHolds(store, () => new Date('2026-11-01T00:00:01.000Z'));
    for (const lotId of ['A', 'B', 'C']) await store.record(lotId, [registered(lotId)]);
  });

  it('holds each lot once, on its own stream', async () => {
    expect(await holds.apply(['A', 'B'], holdLot, context)).toBe(2);
    for (const lotId of ['A', 'B']) {
      const [held, ...more] = await recalls(lotId);
      expect(more).toEqual([]);
      expect(held).toMatchObject({
        stream: lotStream(lotId),
        revision: 1,
        occurredAt: '2026-11-01T00:00:01.000Z',
        data: { lotId, recallId: 'RC-1', reason: 'salmonella', severity: 'critical', recalledAt: '2026-11-01T00:00:00.000Z' },
        metadata: { commandId: context.commandId, correlationId: 'RC-1', actor: 'recall-reactor' },
      });
    }
    expect(await recalls('C')).toEqual([]);
  });

  it('appends nothing the second time, whether re-run with the same context or another', async () => {
    await holds.apply(['A', 'B'], holdLot, context);
    expect(await holds.apply(['A', 'B'], holdLot, context)).toBe(0);
    expect(await holds.apply(['A', 'B'], holdLot, { ...context, commandId: 'c0ffee00-0000-4000-8000-000000000002' })).toBe(0);
    expect(await history('A')).toHaveLength(2);
    expect(await history('B')).toHaveLength(2);
  });

  it('skips a lot that is not registered', async () => {
    expect(await holds.apply(['A', 'NOPE'], holdLot, context)).toBe(1);
    expect(await history('NOPE')).toEqual([]);
  });

  it('decides again a lot another writer changed meanwhile', async () => {
    store.contended = { lotId: 'A', times: 1 };
    expect(await holds.apply(['A', 'B'], holdLot, context)).toBe(2);
    expect(store.batches).toBe(2);
    expect((await history('A')).map((event) => event.type)).toEqual(['LotRegistered', 'LotStockMoved', 'LotRecalled']);
    expect((await history('B')).map((event) => event.type)).toEqual(['LotRegistered', 'LotRecalled']);
  });

  it('gives up on a lot that keeps changing, keeping the holds already appended', async () => {
    store.contended = { lotId: 'A', times: MAX_ATTEMPTS };
    await expect(holds.apply(['A', 'B'], holdLot, context)).rejects.toThrow('1 lots kept changing while the recall reactor held them');
    expect(store.batches).toBe(MAX_ATTEMPTS);
    expect(await recalls('A')).toEqual([]);
    expect(await recalls('B')).toHaveLength(1);
    // Run again once the other writer stops: only the lot still to hold is written.
    expect(await holds.apply(['A', 'B'], holdLot, context)).toBe(1);
    expect(await recalls('A')).toHaveLength(1);
  });

  it('holds more lots than one write takes', async () => {
    const lotIds = Array.from({ length: 501 }, (_, i) => `M${i}`);
    for (const lotId of lotIds) await store.record(lotId, [registered(lotId)]);
    const batches = store.batches;
    expect(await holds.apply(lotIds, holdLot, context)).toBe(501);
    expect(store.batches).toBe(batches + 2);
    expect(await recalls('M500')).toHaveLength(1);
  });

  it('releases only the lots still held', async () => {
    await holds.apply(['A', 'B'], holdLot, context);
    const releasing = { ...context, commandId: 'c0ffee00-0000-4000-8000-000000000003' };
    expect(await holds.apply(['A', 'B', 'C'], release, releasing)).toBe(2);
    expect((await history('A')).map((event) => event.type)).toEqual(['LotRegistered', 'LotRecalled', 'LotRecallResolved']);
    expect((await history('A'))[2].data).toEqual({ lotId: 'A', recallId: 'RC-1', action: 'released', note: 'closed' });
    expect(await history('C')).toHaveLength(1);
    expect(await holds.apply(['A', 'B', 'C'], release, { ...releasing, commandId: 'c0ffee00-0000-4000-8000-000000000004' })).toBe(0);
  });
});
