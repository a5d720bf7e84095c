import { lotOrigin, unitOrigin } from '@trace/domain';
import { Workshop } from '../../libs/domain/src/testing/workshop';
import { materialise } from '../testing/materialise';
import { lineageProjection } from './lineage.projection';

const serials = (rows: Array<Record<string, unknown>>) =>
  rows.map((r) => `${String(r.serial)} via ${(r.path as Array<{ serial: string }>).map((u) => u.serial).join('>')}`);

describe('lineage projection', () => {
  it('finds every unit that carries a lot at any depth, with the path, even when the parent was built first', async () => {
    const w = new Workshop().unit('cell', 'LOT-Y').unit('module').unit('pack').unit('vehicle');
    w.install('vehicle', 'pack').install('pack', 'module').install('module', 'cell');
    const store = await materialise([lineageProjection], w.log);
    const rows = await store.page('lineage', { where: { origin: lotOrigin('LOT-Y') }, limit: 10 });
    expect(serials(rows)).toEqual(['cell via cell', 'module via cell>module', 'pack via cell>module>pack', 'vehicle via cell>module>pack>vehicle']);
  });

  it('lists a unit reached through two components once per path (diamond)', async () => {
    const w = new Workshop().unit('a', 'LOT-Y').unit('b', 'LOT-Y').unit('top').install('top', 'a').install('top', 'b');
    const store = await materialise([lineageProjection], w.log);
    const rows = await store.page('lineage', { where: { origin: lotOrigin('LOT-Y') }, limit: 10 });
    expect(serials(rows)).toEqual(['a via a', 'b via b', 'top via a>top', 'top via b>top']);
  });

  it('forgets the old parent when a component is removed', async () => {
    const w = new Workshop().unit('cell', 'LOT-Y').unit('module').unit('pack');
    w.install('pack', 'module').install('module', 'cell').remove('module', 'cell');
    const store = await materialise([lineageProjection], w.log);
    expect(serials(await store.page('lineage', { where: { origin: lotOrigin('LOT-Y') }, limit: 10 }))).toEqual(['cell via cell']);
  });

  it('answers the parent chain of a unit', async () => {
    const w = new Workshop().unit('cell').unit('module').unit('pack').install('module', 'cell').install('pack', 'module');
    const store = await materialise([lineageProjection], w.log);
    const rows = await store.page('lineage', { where: { origin: unitOrigin({ sku: 'P', serial: 'cell' }) }, limit: 10 });
    expect(serials(rows)).toEqual(['cell via cell', 'module via cell>module', 'pack via cell>module>pack']);
  });

  it('keeps every strand showing where its unit is now', async () => {
    const w = new Workshop().unit('cell', 'LOT-Y').unit('module').install('module', 'cell');
    w.append('module', [{ type: 'UnitMoved', data: { sku: 'P', serial: 'module', from: 'LINE', to: 'WH-B', reason: null } }]);
    const store = await materialise([lineageProjection], w.log);
    const rows = await store.page('lineage', { where: { origin: lotOrigin('LOT-Y'), location: 'WH-B' }, limit: 10 });
    expect(serials(rows)).toEqual(['module via cell>module']);
  });

  it('keeps every strand showing the container its unit is packed in', async () => {
    const w = new Workshop().unit('cell', 'LOT-Y').unit('module').install('module', 'cell');
    w.append('module', [{ type: 'UnitPacked', data: { sku: 'P', serial: 'module', container: 'CASE-1' } }]);
    const packed = await materialise([lineageProjection], w.log);
    expect((await packed.page('lineage', { where: { origin: lotOrigin('LOT-Y') }, limit: 10 })).map((r) => [r.serial, r.container])).toEqual([
      ['cell', null],
      ['module', 'CASE-1'],
    ]);
    w.append('module', [{ type: 'UnitUnpacked', data: { sku: 'P', serial: 'module', container: 'CASE-1' } }]);
    const unpacked = await materialise([lineageProjection], w.log);
    expect((await unpacked.page('lineage', { where: { origin: lotOrigin('LOT-Y') }, limit: 10 })).map((r) => r.container)).toEqual([null, null]);
  });
});
