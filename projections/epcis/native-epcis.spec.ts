import { DomainEvent } from '@trace/domain';
import { recorded } from '../testing/materialise';
import { NativeEpcis, nativeEpcis } from './native-epcis';

const epcisOf = (event: DomainEvent): NativeEpcis | null => nativeEpcis(recorded([event])[0]);

const pump = { sku: 'PUMP', serial: '2017' };
const pumpSubject = { kind: 'unit', ...pump };
const nothingElse = {
  bizStep: null,
  disposition: null,
  readPoint: null,
  bizLocation: null,
  parent: null,
  inputs: [],
  outputs: [],
  sources: [],
  destinations: [],
  bizTransactions: [],
  ilmd: null,
};
const observed = (fields: Partial<NativeEpcis>) => ({ ...nothingElse, type: 'ObjectEvent', action: 'OBSERVE', subjects: [pumpSubject], ...fields });
const holder = { status: 'in_stock', location: 'WH-1', custodian: null, customer: null, container: null };

describe('native facts as EPCIS events', () => {
  it('renders a serial assignment as a commissioning, with its lot and expiry date as ILMD', () => {
    expect(epcisOf({ type: 'SerialAssigned', data: { ...pump, lotId: 'L7', location: 'WH-1', expiresAt: '2027-01-31T00:00:00Z' } })).toEqual({
      ...nothingElse,
      type: 'ObjectEvent',
      action: 'ADD',
      subjects: [pumpSubject],
      bizStep: 'commissioning',
      disposition: 'active',
      bizLocation: 'WH-1',
      ilmd: { lotNumber: 'L7', itemExpirationDate: '2027-01-31' },
    });
    expect(epcisOf({ type: 'SerialAssigned', data: { ...pump, lotId: null, location: 'WH-1' } })?.ilmd).toBeNull();
  });

  it('renders moves, sightings, shipments, receipts and sales as the capture reads them back', () => {
    expect(epcisOf({ type: 'UnitMoved', data: { ...pump, from: 'WH-1', to: 'WH-2', reason: null } })).toEqual(observed({ bizLocation: 'WH-2' }));
    expect(epcisOf({ type: 'UnitObserved', data: { ...pump, location: 'DOCK', party: null, seenAt: '2026-01-01T00:00:00Z', warnings: [] } })).toEqual(
      observed({ readPoint: 'DOCK' }),
    );
    expect(epcisOf({ type: 'UnitShipped', data: { ...pump, from: 'WH-1', to: 'ACME' } })).toEqual(
      observed({
        bizStep: 'shipping',
        disposition: 'in_transit',
        readPoint: 'WH-1',
        sources: [{ type: 'location', id: 'WH-1' }],
        destinations: [{ type: 'possessing_party', id: 'ACME' }],
      }),
    );
    expect(epcisOf({ type: 'UnitReceived', data: { ...pump, by: 'ACME', location: 'ACME-DC' } })).toEqual(
      observed({
        bizStep: 'receiving',
        disposition: 'in_progress',
        readPoint: 'ACME-DC',
        bizLocation: 'ACME-DC',
        destinations: [{ type: 'possessing_party', id: 'ACME' }],
      }),
    );
    expect(epcisOf({ type: 'UnitSold', data: { ...pump, from: 'SHOP', customer: 'ALICE', receipt: 'R-1' } })).toEqual(
      observed({
        bizStep: 'retail_selling',
        disposition: 'retail_sold',
        readPoint: 'SHOP',
        sources: [{ type: 'location', id: 'SHOP' }],
        destinations: [{ type: 'owning_party', id: 'ALICE' }],
        bizTransactions: [{ type: null, id: 'R-1' }],
      }),
    );
  });

  it('renders returns, repairs and scrapping with their CBV steps and dispositions', () => {
    expect(epcisOf({ type: 'UnitReturned', data: { ...pump, reason: 'broken', location: 'SHOP', customer: 'ALICE', custodian: 'SHOP-CO' } })).toEqual(
      observed({
        bizStep: 'receiving',
        disposition: 'returned',
        readPoint: 'SHOP',
        bizLocation: 'SHOP',
        sources: [{ type: 'owning_party', id: 'ALICE' }],
        destinations: [{ type: 'possessing_party', id: 'SHOP-CO' }],
      }),
    );
    expect(epcisOf({ type: 'UnitRepaired', data: { ...pump, description: 'seal', location: 'BENCH' } })).toEqual(
      observed({ bizStep: 'repairing', readPoint: 'BENCH' }),
    );
    expect(epcisOf({ type: 'UnitScrapped', data: { ...pump, reason: 'crushed', from: 'WH-1' } })).toEqual({
      ...observed({ bizStep: 'destroying', disposition: 'destroyed', readPoint: 'WH-1' }),
      action: 'DELETE',
    });
  });

  it('leaves what moved inside a container to the container, and renders the container by its own id', () => {
    expect(epcisOf({ type: 'UnitShipped', data: { ...pump, from: 'WH-1', to: 'ACME', inContainer: 'P1' } })).toBeNull();
    expect(epcisOf({ type: 'ContainerShipped', data: { containerId: 'P2', from: 'WH-1', to: 'ACME', within: 'P1' } })).toBeNull();
    expect(epcisOf({ type: 'ContainerShipped', data: { containerId: 'P1', from: 'WH-1', to: 'ACME', within: null } })).toEqual(
      observed({
        subjects: [{ kind: 'container', containerId: 'P1' }],
        bizStep: 'shipping',
        disposition: 'in_transit',
        readPoint: 'WH-1',
        sources: [{ type: 'location', id: 'WH-1' }],
        destinations: [{ type: 'possessing_party', id: 'ACME' }],
      }),
    );
  });

  it('renders packing from the container side, and an assembly from the parent side, as aggregations', () => {
    const contents = { containerId: 'P1', units: [pump], containers: ['CASE-9'] };
    const children = [pumpSubject, { kind: 'container', containerId: 'CASE-9' }];
    expect(epcisOf({ type: 'ContentsPacked', data: contents })).toEqual({
      ...nothingElse,
      type: 'AggregationEvent',
      action: 'ADD',
      bizStep: 'packing',
      parent: { kind: 'container', containerId: 'P1' },
      subjects: children,
    });
    expect(epcisOf({ type: 'ContentsUnpacked', data: contents })).toMatchObject({
      type: 'AggregationEvent',
      action: 'DELETE',
      bizStep: 'unpacking',
      subjects: children,
    });
    expect(epcisOf({ type: 'UnitPacked', data: { ...pump, container: 'P1' } })).toBeNull();
    expect(epcisOf({ type: 'ContainerPacked', data: { containerId: 'CASE-9', into: 'P1' } })).toBeNull();
    expect(epcisOf({ type: 'ContainerCreated', data: { containerId: 'P1', location: 'WH-1' } })).toBeNull();
    const component = { sku: 'SEAL', serial: 'S1' };
    expect(epcisOf({ type: 'ComponentInstalled', data: { ...pump, component, lineage: [], holder } })).toEqual({
      ...nothingElse,
      type: 'AggregationEvent',
      action: 'ADD',
      bizStep: 'installing',
      parent: pumpSubject,
      subjects: [{ kind: 'unit', ...component }],
    });
    expect(epcisOf({ type: 'UnitInstalled', data: { ...component, parent: pump, from: 'WH-1' } })).toBeNull();
  });

  it('renders a lot in stock as a commissioned quantity, its stock events as quantities of the lot', () => {
    const registered = { lotId: 'L7', sku: 'FLOUR', producedAt: null, expiresAt: '2027-01-31', site: null, quantity: 250.5, uom: 'KGM' };
    expect(epcisOf({ type: 'LotRegistered', data: { ...registered, location: 'MILL' } })).toEqual({
      ...nothingElse,
      type: 'ObjectEvent',
      action: 'ADD',
      subjects: [{ kind: 'lot', sku: 'FLOUR', lotId: 'L7', quantity: 250.5, uom: 'KGM' }],
      bizStep: 'commissioning',
      disposition: 'active',
      bizLocation: 'MILL',
      ilmd: { lotNumber: 'L7', itemExpirationDate: '2027-01-31' },
    });
    expect(epcisOf({ type: 'LotRegistered', data: registered })).toBeNull();
    expect(epcisOf({ type: 'LotShipped', data: { lotId: 'L7', shipmentId: 'SH-1', from: 'MILL', to: 'BAKERY', quantity: 100, remaining: 150.5 } })).toEqual(
      observed({
        subjects: [{ kind: 'lot', sku: null, lotId: 'L7', quantity: 100, uom: null }],
        bizStep: 'shipping',
        disposition: 'in_transit',
        readPoint: 'MILL',
        sources: [{ type: 'location', id: 'MILL' }],
        destinations: [{ type: 'possessing_party', id: 'BAKERY' }],
        bizTransactions: [{ type: 'desadv', id: 'SH-1' }],
      }),
    );
    expect(epcisOf({ type: 'LotDisposed', data: { lotId: 'L7', from: 'MILL', quantity: 2, reason: 'wet', remaining: 148.5 } })).toMatchObject({
      action: 'DELETE',
      bizStep: 'destroying',
      subjects: [{ kind: 'lot', lotId: 'L7', quantity: 2 }],
    });
  });

  it('renders consumption as a transformation, once: from the consumer, not from the lot it left', () => {
    expect(
      epcisOf({
        type: 'LotConsumed',
        data: { ...pump, lotId: 'STEEL-1', quantity: 1.25, entry: { origin: 'lot:STEEL-1', how: 'consumed', path: [pump] }, holder },
      }),
    ).toEqual({
      ...nothingElse,
      type: 'TransformationEvent',
      action: null,
      subjects: [],
      bizLocation: 'WH-1',
      inputs: [{ kind: 'lot', sku: null, lotId: 'STEEL-1', quantity: 1.25, uom: null }],
      outputs: [pumpSubject],
    });
    expect(epcisOf({ type: 'LotMadeFrom', data: { lotId: 'BREAD-1', input: 'L7', quantity: 20, uom: 'KGM' } })).toMatchObject({
      type: 'TransformationEvent',
      inputs: [{ kind: 'lot', lotId: 'L7', quantity: 20, uom: 'KGM' }],
      outputs: [{ kind: 'lot', lotId: 'BREAD-1', quantity: null }],
    });
    expect(
      epcisOf({ type: 'LotStockConsumed', data: { lotId: 'L7', from: 'BAKERY', quantity: 20, remaining: 80, intoLot: 'BREAD-1', intoUnit: null } }),
    ).toBeNull();
  });

  it('gives paperwork, bookkeeping and evidence no EPCIS event', () => {
    const without: DomainEvent[] = [
      { type: 'WarrantyVoided', data: { ...pump, reason: 'tampered' } },
      { type: 'UnitQuarantined', data: { ...pump, recallId: 'R1', recalledAt: '2026-01-01', origin: 'lot:L7', holder } },
      { type: 'LineageExtended', data: { ...pump, through: pump, lineage: [], holder } },
      { type: 'UnitReportedMissing', data: { ...pump, countId: 'C1', location: 'WH-1' } },
      { type: 'LotAdjusted', data: { lotId: 'L7', location: 'MILL', quantity: -1, reason: 'spilt', remaining: 147.5 } },
      { type: 'ProductRegistered', data: { sku: 'PUMP', name: 'Pump', gtin: null, uom: 'EA' } },
      { type: 'KeyRevoked', data: { keyId: 'K1', name: 'scanner' } },
      {
        type: 'CountReconciled',
        data: {
          countId: 'C1',
          choices: { missing: 'ignore', unexpected: 'ignore', lots: 'ignore' },
          outcome: { markedMissing: 0, moved: 0, found: 0, adjustedLots: 0, skipped: [] },
        },
      },
    ];
    expect(without.map(epcisOf)).toEqual(without.map(() => null));
  });
});
