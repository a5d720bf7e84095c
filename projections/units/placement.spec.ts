import { DomainEvent, unitToken } from '@trace/domain';
import { Workshop } from '../../libs/domain/src/testing/workshop';
import { lineageProjection } from '../lineage/lineage.projection';
import { recallsProjection } from '../recalls/recalls.projection';
import { materialise } from '../testing/materialise';
import { unitsProjection } from './units.projection';

const P = (serial: string) => ({ sku: 'P', serial });
const opened: DomainEvent = {
  type: 'RecallOpened',
  data: { recallId: 'R1', lotIds: ['CELLS'], units: [], reason: 'r', severity: 'high', recalledAt: '2026-05-01T00:00:00.000Z' },
};

/** Where each model says a unit is: the units row, every lineage strand of it, its recall row. */
async function placement(events: DomainEvent[], serial: string) {
  const store = await materialise([unitsProjection, lineageProjection, recallsProjection], events.includes(opened) ? events : [...events, opened]);
  const pick = (row: Record<string, unknown> | null) =>
    row && { status: row.status, location: row.location, custodian: row.custodian, customer: row.customer, destination: row.destination, top: row.top };
  const strands = (await store.page('lineage', { where: P(serial), limit: 100 })).map(pick);
  expect(new Set(strands.map((strand) => JSON.stringify(strand))).size).toBe(1);
  return {
    unit: pick(await store.get('units', P(serial))),
    strand: strands[0],
    recall: pick(await store.get('recall_units', { recallId: 'R1', ...P(serial) })),
  };
}

const at = (status: string, location: string | null, holder: string | null, top: string | null, destination: string | null = null) => ({
  status,
  location,
  custodian: holder,
  customer: status === 'sold' ? holder : null,
  destination,
  top: top && unitToken(P(top)),
});

describe('placement of units built into others', () => {
  // A cell (from the recalled lot) in a module in a pack: the pack is what moves, ships and sells.
  const assembled = () => new Workshop().unit('cell', 'CELLS').unit('module').unit('pack').install('module', 'cell').install('pack', 'module');

  it('shows a unit built into others where the outermost one is, in every model, whatever the order of assembly', async () => {
    const bottomUp = assembled().act('pack', { type: 'SellUnit', customer: 'ACME', receipt: 'R-1' });
    const topDown = new Workshop()
      .unit('cell', 'CELLS')
      .unit('module')
      .unit('pack')
      .install('pack', 'module')
      .install('module', 'cell')
      .act('pack', { type: 'SellUnit', customer: 'ACME', receipt: 'R-1' });
    for (const w of [bottomUp, topDown]) {
      const sold = at('sold', null, 'ACME', 'pack');
      expect(await placement(w.log, 'cell')).toEqual({ unit: sold, strand: sold, recall: sold });
      expect((await placement(w.log, 'module')).unit).toEqual(sold);
      expect((await placement(w.log, 'pack')).unit).toEqual(at('sold', null, 'ACME', null));
    }
  });

  it('follows the outermost unit through shipment, receipt, return and repair, with the destination on the way', async () => {
    const w = assembled().act('pack', { type: 'ShipUnit', to: 'DC-EAST' });
    expect((await placement(w.log, 'cell')).recall).toEqual(at('in_transit', null, null, 'pack', 'DC-EAST'));
    w.act('pack', { type: 'ReceiveUnit', by: 'DC-EAST', location: 'DC-EAST/1' });
    expect((await placement(w.log, 'cell')).unit).toEqual(at('in_stock', 'DC-EAST/1', 'DC-EAST', 'pack'));
    w.act('pack', { type: 'SellUnit', customer: 'ACME', receipt: 'R-1' }).act('pack', { type: 'ReturnUnit', reason: 'dead', location: 'DC-EAST/RMA' });
    expect(await placement(w.log, 'cell')).toEqual({
      unit: at('returned', 'DC-EAST/RMA', 'DC-EAST', 'pack'),
      strand: at('returned', 'DC-EAST/RMA', 'DC-EAST', 'pack'),
      recall: at('returned', 'DC-EAST/RMA', 'DC-EAST', 'pack'),
    });
  });

  it('keeps the rows of a recall opened before the outermost unit moved where it went', async () => {
    const w = assembled();
    (w.log as DomainEvent[]).push(opened);
    w.act('pack', { type: 'SellUnit', customer: 'ACME', receipt: 'R-1' });
    expect((await placement(w.log, 'cell')).recall).toEqual(at('sold', null, 'ACME', 'pack'));
  });

  it('puts a removed unit, and what is inside it, where it is on its own', async () => {
    const w = assembled().act('pack', { type: 'MoveUnit', to: 'BENCH' }).remove('pack', 'module');
    expect((await placement(w.log, 'module')).unit).toEqual(at('in_stock', 'BENCH', null, null));
    expect(await placement(w.log, 'cell')).toEqual({
      unit: at('in_stock', 'BENCH', null, 'module'),
      strand: at('in_stock', 'BENCH', null, 'module'),
      recall: at('in_stock', 'BENCH', null, 'module'),
    });
    // The module now carries the cell: its moves move the cell, the pack's no longer do.
    w.act('module', { type: 'MoveUnit', to: 'SHELF' }).act('pack', { type: 'MoveUnit', to: 'DOCK' });
    expect((await placement(w.log, 'cell')).unit).toEqual(at('in_stock', 'SHELF', null, 'module'));
    w.remove('module', 'cell');
    expect((await placement(w.log, 'cell')).unit).toEqual(at('in_stock', 'SHELF', null, null));
  });
});
