import { NotFound } from '@trace/domain';
import { recallsModel, recallsProjection, recallUnitsModel, RecallUnitDocument, unitsProjection } from '@trace/projections';
import { Fields, upsert } from '@trace/read-store';
import { SqliteReadStore } from '@trace/read-store/sqlite';
import { RecallUnits } from '../recall-units';
import { ExportRecallUnitsHandler } from './export-recall-units.handler';
import { ExportRecallUnitsQuery } from './export-recall-units.query';

const HEADER = 'recallId,sku,serial,state,action,status,location,custodian,customer,destination,container,installedIn,origin,quarantinedAt,resolvedAt,note';

async function text(lines: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const line of lines) all += line;
  return all;
}

describe('exporting a recall’s units as CSV', () => {
  let reads: SqliteReadStore;
  let handler: ExportRecallUnitsHandler;

  const held = (serial: string, fields: Fields<RecallUnitDocument>) =>
    upsert(
      recallUnitsModel,
      { recallId: 'R1', sku: 'P', serial },
      { state: 'outstanding', origin: 'lot:L1', recalledAt: '2026-05-01', status: 'in_stock', ...fields },
    );

  beforeEach(async () => {
    reads = new SqliteReadStore({ file: ':memory:' });
    await reads.register([...recallsProjection.models, ...unitsProjection.models]);
    await reads.apply(
      [
        upsert(recallsModel, { recallId: 'R1' }, { lotIds: ['L1'], units: [], reason: 'seal', severity: 'high', recalledAt: '2026-05-01', state: 'open' }),
        held('1', { location: 'WH-A', quarantinedAt: '2026-05-02' }),
        // Text a client chose: a resolution note, a location, a customer.
        held('2', { state: 'resolved', action: 'destroyed', note: '=HYPERLINK("http://x","y")', resolvedAt: '2026-05-03', location: '@A1' }),
        held('3', { note: '\t=1+1', customer: '-1+1', location: '+1' }),
      ],
      { name: 'test', expected: 0, position: 1 },
    );
    handler = new ExportRecallUnitsHandler(new RecallUnits(reads));
  });

  it('writes the header and one CRLF line per unit, empty cells for nulls', async () => {
    const lines = (await text(await handler.execute(new ExportRecallUnitsQuery('R1', { state: 'outstanding' })))).split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toBe('R1,P,1,outstanding,,in_stock,WH-A,,,,,,lot:L1,2026-05-02,,');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('defuses every cell a spreadsheet would run as a formula, a tab or carriage return before it included', async () => {
    const csv = await text(await handler.execute(new ExportRecallUnitsQuery('R1', {})));
    expect(csv).toContain('\r\nR1,P,2,resolved,destroyed,in_stock,\'@A1,,,,,,lot:L1,,2026-05-03,"\'=HYPERLINK(""http://x"",""y"")"\r\n');
    expect(csv).toContain("\r\nR1,P,3,outstanding,,in_stock,'+1,,'-1+1,,,,lot:L1,,,'\t=1+1\r\n");
  });

  it('refuses an unknown recall before the first line, so the route can still answer 404', async () => {
    await expect(handler.execute(new ExportRecallUnitsQuery('NOPE', {}))).rejects.toBeInstanceOf(NotFound);
  });
});
