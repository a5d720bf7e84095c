import { loadConfig } from '@trace/config';
import { DomainEvent, RuleViolation, UnitRef, unitStream } from '@trace/domain';
import { InMemoryEventStore } from '@trace/event-store/in-memory';
import { recallsProjection } from '@trace/projections';
import { SqliteReadStore } from '@trace/read-store/sqlite';
import { stableUuid } from '@trace/shared';
import { InstallComponentCommand } from '../genealogy/install-component/install-component.command';
import { InstallComponentHandler } from '../genealogy/install-component/install-component.handler';
import { CommandContext } from './command-context';
import { envelopes } from './event-envelopes';
import { StreamCommands } from './stream-commands';
import { UnitLoader } from './unit-loader';
import { ChangeUnitCommand } from '../units/change-unit/change-unit.command';
import { ChangeUnitHandler } from '../units/change-unit/change-unit.handler';
import { PendingHolds } from './pending-holds';

const unit = (serial: string): UnitRef => ({ sku: 'P', serial });
const context = (n: number): CommandContext => ({
  commandId: stableUuid(`command-${n}`),
  idempotent: false,
  requestHash: '',
  correlationId: 'c',
  causationId: 'c',
  actor: 'test',
  onBehalfOf: null,
});
const recalledAt = '2026-05-01T00:00:00.000Z';

/** Commands decided while a recall's affected set lists a unit whose own history has no hold yet. */
describe('pending holds', () => {
  let store: InMemoryEventStore;
  let reads: SqliteReadStore;
  let changeUnit: ChangeUnitHandler;
  let install: InstallComponentHandler;
  let commands = 0;

  const record = async (serial: string, events: DomainEvent[]) => {
    const stream = unitStream(unit(serial));
    await store.append(stream, envelopes(stream, events, context(commands++), recalledAt), 'no_stream');
  };
  const change = (serial: string, command: ChangeUnitCommand['command']) =>
    changeUnit.execute(new ChangeUnitCommand(unit(serial), command, undefined, context(commands++)));

  beforeEach(async () => {
    store = new InMemoryEventStore();
    reads = new SqliteReadStore({ file: ':memory:' });
    await reads.register(recallsProjection.models);
    const streamCommands = new StreamCommands(store, () => new Date('2026-06-01T00:00:00.000Z'), loadConfig({}));
    const pendingHolds = new PendingHolds(reads);
    changeUnit = new ChangeUnitHandler(streamCommands, pendingHolds);
    install = new InstallComponentHandler(streamCommands, new UnitLoader(streamCommands), pendingHolds);
    for (const serial of ['cell', 'module']) await record(serial, [{ type: 'SerialAssigned', data: { ...unit(serial), lotId: null, location: 'LINE' } }]);
    // The recalls projection copied the cell into recall R1's affected set; the reactor has not reached it.
    const affected = {
      op: 'upsert' as const,
      model: 'recall_units',
      key: { recallId: 'R1', ...unit('cell') },
      set: { state: 'outstanding', holdPending: 1, recalledAt },
    };
    await reads.apply([affected], { name: 'test', expected: 0, position: 1 });
  });

  it('refuses to sell, ship or install the unit, naming the recall', async () => {
    await expect(change('cell', { type: 'SellUnit', customer: 'C', receipt: 'R' })).rejects.toThrow(/quarantined by recall R1/);
    await expect(change('cell', { type: 'ShipUnit', to: 'DC' })).rejects.toBeInstanceOf(RuleViolation);
    await expect(install.execute(new InstallComponentCommand(unit('module'), unit('cell'), undefined, context(commands++)))).rejects.toThrow(
      /quarantined by recall R1/,
    );
    expect((await store.readStream(unitStream(unit('cell')))).map((event) => event.type)).toEqual(['SerialAssigned']);
  });

  it('still moves it, and sells a unit no recall lists', async () => {
    await change('cell', { type: 'MoveUnit', to: 'CAGE' });
    await change('module', { type: 'SellUnit', customer: 'C', receipt: 'R' });
    expect((await store.readStream(unitStream(unit('module')))).map((event) => event.type)).toEqual(['SerialAssigned', 'UnitSold']);
  });
});
