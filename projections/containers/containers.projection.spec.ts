import { DomainEvent } from '@trace/domain';
import { materialise } from '../testing/materialise';
import { unitsProjection } from '../units/units.projection';
import { containersProjection } from './containers.projection';

const unit = (serial: string) => ({ sku: 'P', serial });
const packedPallet: DomainEvent[] = [
  { type: 'ContainerCreated', data: { containerId: 'PALLET', location: 'WH-A' } },
  { type: 'ContainerCreated', data: { containerId: 'CASE', location: 'WH-A' } },
  { type: 'SerialAssigned', data: { ...unit('1'), lotId: null, location: 'WH-A' } },
  { type: 'SerialAssigned', data: { ...unit('2'), lotId: null, location: 'WH-A' } },
  { type: 'ContentsPacked', data: { containerId: 'CASE', units: [unit('1'), unit('2')], containers: [] } },
  { type: 'UnitPacked', data: { ...unit('1'), container: 'CASE' } },
  { type: 'UnitPacked', data: { ...unit('2'), container: 'CASE' } },
  { type: 'ContentsPacked', data: { containerId: 'PALLET', units: [], containers: ['CASE'] } },
  { type: 'ContainerPacked', data: { containerId: 'CASE', into: 'PALLET' } },
];

describe('containers projection', () => {
  it('keeps where each container is, what it is packed in and how much it holds', async () => {
    const store = await materialise([containersProjection, unitsProjection], packedPallet);
    expect(await store.get('containers', { containerId: 'CASE' })).toMatchObject({
      status: 'in_stock',
      location: 'WH-A',
      parent: 'PALLET',
      unitCount: 2,
      containerCount: 0,
    });
    expect(await store.get('containers', { containerId: 'PALLET' })).toMatchObject({ parent: null, unitCount: 0, containerCount: 1 });
    expect((await store.page('units', { where: { container: 'CASE' }, limit: 10 })).map((u) => u.serial)).toEqual(['1', '2']);
    expect((await store.page('containers', { where: { parent: 'PALLET' }, limit: 10 })).map((c) => c.containerId)).toEqual(['CASE']);
  });

  it('follows moves, shipments and receipts, and contents leaving', async () => {
    const store = await materialise(
      [containersProjection, unitsProjection],
      [
        ...packedPallet,
        { type: 'ContainerShipped', data: { containerId: 'PALLET', from: 'WH-A', to: 'ACME', within: null } },
        { type: 'UnitShipped', data: { ...unit('1'), from: 'WH-A', to: 'ACME', inContainer: 'PALLET' } },
        { type: 'ContainerReceived', data: { containerId: 'PALLET', by: 'ACME', location: 'ACME-DC', within: null } },
        { type: 'UnitReceived', data: { ...unit('1'), by: 'ACME', location: 'ACME-DC', inContainer: 'PALLET' } },
        { type: 'ContentsUnpacked', data: { containerId: 'CASE', units: [unit('2')], containers: [] } },
        { type: 'UnitUnpacked', data: { ...unit('2'), container: 'CASE' } },
        { type: 'ContentsUnpacked', data: { containerId: 'PALLET', units: [], containers: ['CASE'] } },
        { type: 'ContainerUnpacked', data: { containerId: 'CASE', from: 'PALLET' } },
      ],
    );
    expect(await store.get('containers', { containerId: 'PALLET' })).toMatchObject({
      status: 'in_stock',
      location: 'ACME-DC',
      custodian: 'ACME',
      containerCount: 0,
    });
    expect(await store.get('containers', { containerId: 'CASE' })).toMatchObject({ parent: null, unitCount: 1 });
    expect(await store.get('units', unit('1'))).toMatchObject({ location: 'ACME-DC', custodian: 'ACME', container: 'CASE' });
    expect(await store.get('units', unit('2'))).toMatchObject({ container: null });
  });
});
