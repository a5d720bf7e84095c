import { decideInstall } from '../genealogy/assembly';
import { fold } from '../shared/decider';
import { unitDecider } from '../unit/unit.decider';
import { UnitEvent } from '../unit/unit.events';
import { ExistingUnit } from '../unit/unit.state';
import { CargoScope, ContainerChange, decideCargo } from './cargo';
import { containerDecider } from './container.decider';
import { ContainerEvent } from './container.events';
import { ExistingContainer } from './container.state';
import { decidePack, decideUnpackContainer, decideUnpackUnit, MAX_NESTING_DEPTH } from './packing';

/** Units and containers as event lists; each decision is applied to every subject it touches. */
class Yard {
  private readonly units = new Map<string, UnitEvent[]>();
  private readonly containers = new Map<string, ContainerEvent[]>();

  unit(serial: string, location = 'WH-A'): this {
    this.units.set(serial, [{ type: 'SerialAssigned', data: { sku: 'P', serial, lotId: null, location } }]);
    return this;
  }

  container(containerId: string, location = 'WH-A'): this {
    this.containers.set(containerId, containerDecider.decide({ type: 'CreateContainer', containerId, location }, containerDecider.initialState()));
    return this;
  }

  u(serial: string): ExistingUnit {
    return fold(unitDecider, this.units.get(serial) ?? []) as ExistingUnit;
  }

  c(containerId: string): ExistingContainer {
    return fold(containerDecider, this.containers.get(containerId) ?? []) as ExistingContainer;
  }

  record(serial: string, events: UnitEvent[]): this {
    this.units.get(serial)?.push(...events);
    return this;
  }

  pack(into: string, serials: string[], containerIds: string[] = []): this {
    const ancestors: ExistingContainer[] = [];
    for (let up = this.c(into).parent; up; up = this.c(up).parent) ancestors.push(this.c(up));
    const levelsBelow = new Map(containerIds.map((id) => [id, this.levelsBelow(id)]));
    const scope = { container: this.c(into), ancestors, units: serials.map((s) => this.u(s)), containers: containerIds.map((id) => this.c(id)), levelsBelow };
    const events = decidePack(scope);
    this.containers.get(into)?.push(...events.container);
    serials.forEach((serial, i) => this.record(serial, events.units[i]));
    containerIds.forEach((id, i) => this.containers.get(id)?.push(...events.containers[i]));
    return this;
  }

  levelsBelow(containerId: string): number {
    return Math.max(0, ...this.c(containerId).containers.map((child) => 1 + this.levelsBelow(child)));
  }

  unpack(from: string, serial: string): this {
    const events = decideUnpackUnit(this.c(from), this.u(serial));
    this.containers.get(from)?.push(...events.container);
    return this.record(serial, events.unit);
  }

  unpackContainer(from: string, child: string): this {
    const events = decideUnpackContainer(this.c(from), this.c(child));
    this.containers.get(from)?.push(...events.container);
    this.containers.get(child)?.push(...events.child);
    return this;
  }

  /** Everything inside a container, as the application loads it. */
  scope(containerId: string): CargoScope {
    const nested: ExistingContainer[] = [];
    const units: ExistingUnit[] = [];
    const visit = (container: ExistingContainer) => {
      units.push(...container.units.map((unit) => this.u(unit.serial)));
      for (const child of container.containers) {
        nested.push(this.c(child));
        visit(this.c(child));
      }
    };
    visit(this.c(containerId));
    return { container: this.c(containerId), nested, units };
  }

  change(containerId: string, change: ContainerChange): this {
    const scope = this.scope(containerId);
    const events = decideCargo(scope, change);
    this.containers.get(containerId)?.push(...events.container);
    scope.nested.forEach((inner, i) => this.containers.get(inner.containerId)?.push(...events.nested[i]));
    scope.units.forEach((unit, i) => this.record(unit.serial, events.units[i]));
    return this;
  }
}

const refused = (run: () => unknown, rule: string) => expect(run).toThrow(expect.objectContaining({ rule }));

describe('containers', () => {
  it('refuses to create a container twice', () => {
    const created = containerDecider.decide({ type: 'CreateContainer', containerId: 'C1', location: 'WH-A' }, containerDecider.initialState());
    expect(() => containerDecider.decide({ type: 'CreateContainer', containerId: 'C1', location: 'WH-B' }, fold(containerDecider, created))).toThrow(
      /already exists/,
    );
  });

  it('packs units where the container is; a packed unit says which container holds it', () => {
    const yard = new Yard().container('C1').unit('a').unit('b').pack('C1', ['a', 'b']);
    expect(yard.c('C1').units.map((u) => u.serial)).toEqual(['a', 'b']);
    expect(yard.u('a')).toMatchObject({ container: 'C1', location: 'WH-A', status: 'in_stock' });
  });

  it('moves, ships and receives every unit inside, at any depth, each on its own history', () => {
    const yard = new Yard().container('PALLET').container('CASE').unit('a').unit('b').pack('CASE', ['a']).pack('PALLET', ['b'], ['CASE']);
    yard.change('PALLET', { type: 'MoveUnit', to: 'DOCK' });
    expect([yard.u('a').location, yard.u('b').location, yard.c('CASE').location]).toEqual(['DOCK', 'DOCK', 'DOCK']);
    yard.change('PALLET', { type: 'ShipUnit', to: 'ACME' });
    expect(yard.u('a')).toMatchObject({ status: 'in_transit', location: null, destination: 'ACME' });
    expect(yard.c('CASE')).toMatchObject({ status: 'in_transit', destination: 'ACME' });
    yard.change('PALLET', { type: 'ReceiveUnit', by: 'ACME', location: 'ACME-DC' });
    expect(yard.u('a')).toMatchObject({ status: 'in_stock', location: 'ACME-DC', custodian: 'ACME', container: 'CASE' });
    expect(yard.c('CASE')).toMatchObject({ location: 'ACME-DC', custodian: 'ACME', parent: 'PALLET' });
  });

  it('names the moved container on the events of everything it carried', () => {
    const yard = new Yard().container('PALLET').container('CASE').unit('a').pack('CASE', ['a']).pack('PALLET', [], ['CASE']);
    const events = decideCargo(yard.scope('PALLET'), { type: 'MoveUnit', to: 'DOCK', reason: 'staging' });
    expect(events.container).toEqual([{ type: 'ContainerMoved', data: { containerId: 'PALLET', from: 'WH-A', to: 'DOCK', within: null } }]);
    expect(events.nested).toEqual([[{ type: 'ContainerMoved', data: { containerId: 'CASE', from: 'WH-A', to: 'DOCK', within: 'PALLET' } }]]);
    expect(events.units).toEqual([
      [{ type: 'UnitMoved', data: { sku: 'P', serial: 'a', from: 'WH-A', to: 'DOCK', reason: 'staging', inContainer: 'PALLET' } }],
    ]);
  });

  it('refuses to move a packed unit or a nested container on its own', () => {
    const yard = new Yard().container('PALLET').container('CASE').unit('a').pack('CASE', ['a']).pack('PALLET', [], ['CASE']);
    refused(() => unitDecider.decide({ type: 'MoveUnit', to: 'DOCK' }, yard.u('a')), 'packed-unit-moves-with-container');
    refused(() => unitDecider.decide({ type: 'SellUnit', customer: 'X', receipt: 'R' }, yard.u('a')), 'packed-unit-moves-with-container');
    refused(() => yard.change('CASE', { type: 'MoveUnit', to: 'DOCK' }), 'packed-container-moves-with-outer');
  });

  it('unpacks a unit where the container is, after which it moves on its own', () => {
    const yard = new Yard().container('C1').unit('a').pack('C1', ['a']).change('C1', { type: 'MoveUnit', to: 'DOCK' }).unpack('C1', 'a');
    expect(yard.u('a')).toMatchObject({ container: null, location: 'DOCK' });
    expect(yard.c('C1').units).toEqual([]);
    expect(unitDecider.decide({ type: 'MoveUnit', to: 'WH-A' }, yard.u('a'))).toHaveLength(1);
  });

  it('unpacks a nested container, which then moves on its own with its contents', () => {
    const yard = new Yard().container('PALLET').container('CASE').unit('a').pack('CASE', ['a']).pack('PALLET', [], ['CASE']);
    yard.unpackContainer('PALLET', 'CASE').change('CASE', { type: 'MoveUnit', to: 'DOCK' });
    expect(yard.c('PALLET').containers).toEqual([]);
    expect([yard.c('PALLET').location, yard.c('CASE').location, yard.u('a').location]).toEqual(['WH-A', 'DOCK', 'DOCK']);
  });

  it('refuses to pack what is elsewhere, held by someone else, installed, scrapped, sold or already packed', () => {
    const yard = new Yard().container('C1').container('C2').unit('far', 'WH-B').unit('a').unit('b').unit('parent').unit('gone').unit('sold');
    refused(() => yard.pack('C1', ['far']), 'pack-where-the-container-is');
    yard.pack('C1', ['a']);
    refused(() => yard.pack('C1', ['a']), 'packed-once');
    refused(() => yard.pack('C2', ['a']), 'one-container-at-a-time');
    yard.record('b', [{ type: 'UnitInstalled', data: { sku: 'P', serial: 'b', parent: { sku: 'P', serial: 'parent' }, from: 'WH-A' } }]);
    refused(() => yard.pack('C2', ['b']), 'installed-unit-moves-with-parent');
    yard.record('gone', [{ type: 'UnitScrapped', data: { sku: 'P', serial: 'gone', reason: 'broken', from: 'WH-A' } }]);
    refused(() => yard.pack('C2', ['gone']), 'scrapped-is-final');
    yard.record('sold', [{ type: 'UnitSold', data: { sku: 'P', serial: 'sold', from: 'WH-A', customer: 'X', receipt: 'R' } }]);
    refused(() => yard.pack('C2', ['sold']), 'pack-in-house');
    expect(yard.c('C2').units).toEqual([]);
  });

  it('refuses to pack a unit held by another party at the same place', () => {
    const yard = new Yard().container('C1').unit('a');
    yard.record('a', [
      { type: 'UnitShipped', data: { sku: 'P', serial: 'a', from: 'WH-A', to: '3PL' } },
      { type: 'UnitReceived', data: { sku: 'P', serial: 'a', by: '3PL', location: 'WH-A' } },
    ]);
    refused(() => yard.pack('C1', ['a']), 'pack-where-the-container-is');
  });

  it('refuses cycles: a container into itself or into a container it contains', () => {
    const yard = new Yard().container('PALLET').container('CASE').container('BOX').pack('PALLET', [], ['CASE']).pack('CASE', [], ['BOX']);
    refused(() => yard.pack('PALLET', [], ['PALLET']), 'no-cycles');
    refused(() => yard.pack('BOX', [], ['PALLET']), 'no-cycles');
  });

  it('refuses a nest deeper than MAX_NESTING_DEPTH, counting the levels inside what is packed and above where it goes', () => {
    const ids = Array.from({ length: MAX_NESTING_DEPTH + 1 }, (_, i) => `C${i}`);
    const bottomUp = new Yard();
    ids.forEach((id) => bottomUp.container(id));
    for (let i = 1; i < MAX_NESTING_DEPTH; i++) bottomUp.pack(ids[i], [], [ids[i - 1]]);
    expect(bottomUp.levelsBelow(ids[MAX_NESTING_DEPTH - 1])).toBe(MAX_NESTING_DEPTH - 1);
    refused(() => bottomUp.pack(ids[MAX_NESTING_DEPTH], [], [ids[MAX_NESTING_DEPTH - 1]]), 'nesting-depth');
    const topDown = new Yard();
    ids.forEach((id) => topDown.container(id));
    for (let i = 1; i < MAX_NESTING_DEPTH; i++) topDown.pack(ids[i - 1], [], [ids[i]]);
    refused(() => topDown.pack(ids[MAX_NESTING_DEPTH - 1], [], [ids[MAX_NESTING_DEPTH]]), 'nesting-depth');
  });

  it('refuses packing into, unpacking from and moving a container in transit, and receiving one in stock', () => {
    const yard = new Yard().container('C1').unit('a').unit('b').pack('C1', ['a']);
    refused(() => yard.change('C1', { type: 'ReceiveUnit', by: 'ACME', location: 'X' }), 'receive-requires-shipment');
    refused(() => yard.change('C1', { type: 'MoveUnit', to: 'WH-A' }), 'move-changes-location');
    yard.change('C1', { type: 'ShipUnit', to: 'ACME' });
    refused(() => yard.pack('C1', ['b']), 'receive-before-use');
    refused(() => yard.unpack('C1', 'a'), 'receive-before-use');
    refused(() => yard.change('C1', { type: 'MoveUnit', to: 'DOCK' }), 'receive-before-use');
    refused(() => yard.unpack('C1', 'b'), 'packed-in-container');
  });

  it('refuses to ship a container holding a quarantined unit, unless the shipment happened before the recall', () => {
    const yard = new Yard().container('C1').unit('a').pack('C1', ['a']);
    const holder = { status: 'in_stock', location: 'WH-A', custodian: null, customer: null, container: null };
    yard.record('a', [
      { type: 'UnitQuarantined', data: { sku: 'P', serial: 'a', recallId: 'R-1', recalledAt: '2026-11-01T00:00:00.000Z', origin: 'lot:L', holder } },
    ]);
    expect(() => yard.change('C1', { type: 'ShipUnit', to: 'ACME' })).toThrow(/recall R-1/);
    yard.change('C1', { type: 'ShipUnit', to: 'ACME', occurredAt: '2026-10-31T00:00:00.000Z' });
    expect(yard.u('a').status).toBe('in_transit');
  });

  it('refuses to install a packed unit into another one', () => {
    const yard = new Yard().container('C1').unit('a').unit('parent').pack('C1', ['a']);
    refused(() => decideInstall({ parent: yard.u('parent'), component: yard.u('a'), ancestors: [] }), 'packed-unit-moves-with-container');
  });

  it('lets a quarantined unit move inside the company with its container', () => {
    const yard = new Yard().container('C1').unit('a').pack('C1', ['a']);
    const holder = { status: 'in_stock', location: 'WH-A', custodian: null, customer: null, container: null };
    yard.record('a', [
      { type: 'UnitQuarantined', data: { sku: 'P', serial: 'a', recallId: 'R-1', recalledAt: '2026-11-01T00:00:00.000Z', origin: 'lot:L', holder } },
    ]);
    yard.change('C1', { type: 'MoveUnit', to: 'QUARANTINE-CAGE' });
    expect(yard.u('a').location).toBe('QUARANTINE-CAGE');
  });
});
