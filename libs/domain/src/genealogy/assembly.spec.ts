import { RuleViolation } from '../shared/errors';
import { Workshop } from '../testing/workshop';
import { decideInstall, MAX_ASSEMBLY_DEPTH, propagateUp } from './assembly';
import { entryKey, LineageEntry, lotOrigin, unitOrigin } from './lineage';

describe('assembly', () => {
  it('gives a parent the lineage of its component, lots included', () => {
    const w = new Workshop().unit('cell', 'LOT-Y').unit('module').install('module', 'cell');
    expect(w.lineage('module')).toEqual([`${lotOrigin('LOT-Y')} cell>module`, 'unit:P:cell cell>module', 'unit:P:module module']);
    expect(w.state('cell').parent).toEqual({ sku: 'P', serial: 'module' });
    expect(w.state('cell').location).toBeNull();
  });

  it('re-propagates upward when the parent is already installed (depth 4)', () => {
    const w = new Workshop().unit('cell', 'LOT-Y').unit('module').unit('pack').unit('vehicle');
    w.install('vehicle', 'pack').install('pack', 'module').install('module', 'cell');
    expect(w.lineage('vehicle')).toContain(`${lotOrigin('LOT-Y')} cell>module>pack>vehicle`);
    expect(w.lineage('pack')).toContain(`${lotOrigin('LOT-Y')} cell>module>pack`);
  });

  it('keeps both strands of a diamond: one lot reached through two components', () => {
    const w = new Workshop().unit('a', 'LOT-Y').unit('b', 'LOT-Y').unit('top').install('top', 'a').install('top', 'b');
    expect(w.lineage('top').filter((l) => l.startsWith(lotOrigin('LOT-Y')))).toEqual([`${lotOrigin('LOT-Y')} a>top`, `${lotOrigin('LOT-Y')} b>top`]);
    w.remove('top', 'a');
    expect(w.lineage('top').filter((l) => l.startsWith(lotOrigin('LOT-Y')))).toEqual([`${lotOrigin('LOT-Y')} b>top`]);
  });

  it('takes everything that came through a removed component away from every ancestor', () => {
    const w = new Workshop().unit('cell', 'LOT-Y').unit('module').unit('pack');
    w.install('pack', 'module').install('module', 'cell').remove('module', 'cell');
    expect(w.lineage('pack')).toEqual(['unit:P:module module>pack', 'unit:P:pack pack']);
    expect(w.lineage('module')).toEqual(['unit:P:module module']);
    expect(w.state('cell')).toMatchObject({ parent: null, location: 'LINE' });
  });

  it('refuses a second parent, the same parent twice, itself and its own descendant', () => {
    const w = new Workshop().unit('a').unit('b').unit('c').install('b', 'a').install('c', 'b');
    const refuse = (parent: string, component: string, rule: string) => expect(() => w.install(parent, component)).toThrow(expect.objectContaining({ rule }));
    refuse('c', 'a', 'one-parent-at-a-time');
    refuse('b', 'a', 'installed-once');
    refuse('a', 'a', 'no-cycles');
    refuse('a', 'c', 'no-cycles');
  });

  it('refuses an assembly deeper than MAX_ASSEMBLY_DEPTH, counting the levels inside the component', () => {
    const w = new Workshop();
    const serials = Array.from({ length: MAX_ASSEMBLY_DEPTH + 1 }, (_, i) => `u${i}`);
    serials.forEach((serial) => w.unit(serial));
    // Bottom up, so the check must count what the component already holds, not only the parent's parents.
    for (let i = 1; i < MAX_ASSEMBLY_DEPTH; i++) w.install(serials[i], serials[i - 1]);
    expect(w.lineage(serials[MAX_ASSEMBLY_DEPTH - 1])).toHaveLength(MAX_ASSEMBLY_DEPTH);
    expect(() => w.install(serials[MAX_ASSEMBLY_DEPTH], serials[MAX_ASSEMBLY_DEPTH - 1])).toThrow(expect.objectContaining({ rule: 'assembly-depth' }));
    // Top down: the parent's parents count.
    const top = new Workshop();
    serials.forEach((serial) => top.unit(serial));
    for (let i = 1; i < MAX_ASSEMBLY_DEPTH; i++) top.install(serials[i - 1], serials[i]);
    expect(() => top.install(serials[MAX_ASSEMBLY_DEPTH - 1], serials[MAX_ASSEMBLY_DEPTH])).toThrow(expect.objectContaining({ rule: 'assembly-depth' }));
  });

  it('refuses to install a unit that is not in house', () => {
    const w = new Workshop().unit('a').unit('b');
    w.append('a', [{ type: 'UnitShipped', data: { sku: 'P', serial: 'a', from: 'LINE', to: 'DC' } }]);
    expect(() => w.install('b', 'a')).toThrow(RuleViolation);
  });

  it('refuses to remove a component that is not in that parent', () => {
    const w = new Workshop().unit('a').unit('b');
    expect(() => w.remove('b', 'a')).toThrow(expect.objectContaining({ rule: 'installed-in-parent' }));
  });

  it('refuses to install a quarantined unit, unless the installation happened before the recall', () => {
    const w = new Workshop().unit('a').unit('b');
    const holder = { status: 'in_stock', location: 'LINE', custodian: null, customer: null, container: null };
    w.append('a', [
      {
        type: 'UnitQuarantined',
        data: { sku: 'P', serial: 'a', recallId: 'R1', recalledAt: '2026-05-01T00:00:00Z', origin: unitOrigin({ sku: 'P', serial: 'a' }), holder },
      },
    ]);
    expect(() => decideInstall(w.scope('b', 'a'), '2026-06-01T00:00:00Z')).toThrow(expect.objectContaining({ rule: 'quarantined' }));
    expect(decideInstall(w.scope('b', 'a'), '2026-04-01T00:00:00Z').parent).toHaveLength(1);
  });

  it('propagates material consumed by an installed unit to its ancestors', () => {
    const w = new Workshop().unit('cell').unit('module').unit('pack').install('pack', 'module').install('module', 'cell');
    const strand = { origin: lotOrigin('GLUE'), how: 'consumed' as const, path: [{ sku: 'P', serial: 'cell' }], quantity: 2 };
    const events = propagateUp(w.state('cell'), [w.state('module'), w.state('pack')], [strand]);
    expect(events.map((e) => (e[0].data as { lineage: LineageEntry[] }).lineage.map(entryKey))).toEqual([
      [`${lotOrigin('GLUE')}|P:cell>P:module`],
      [`${lotOrigin('GLUE')}|P:cell>P:module>P:pack`],
    ]);
  });
});
