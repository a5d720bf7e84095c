import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeDataDir, startApi, tempDataDir } from './api';
import { Writable } from 'node:stream';
import { trace } from './cli';

/** Every CLI command, run in-process as from a shell, on files a service wrote and left. */
describe('the trace CLI', () => {
  let dir: string;
  const run = (...args: string[]) => trace(dir, args);
  const json = async (...args: string[]) => {
    const result = await run(...args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    return JSON.parse(result.stdout);
  };

  beforeAll(async () => {
    dir = tempDataDir();
    const api = await startApi(dir);
    const post = async (path: string, body: object) => (await api.http.post(path).send(body).expect(201)).body.position;
    await post('/v1/lots', { lotId: 'L1', sku: 'PUMP' });
    await post('/v1/units/batch', { sku: 'PUMP', lotId: 'L1', location: 'WH-A', serials: ['S1', 'S2'], occurredAt: '2026-03-01T08:00:00Z' });
    await post('/v1/units/PUMP/S1/moves', { to: 'WH-B', occurredAt: '2026-03-03T08:00:00Z' });
    const last = await post('/v1/units/PUMP/S2/sale', { customer: 'ACME', receipt: 'R-1', occurredAt: '2026-03-04T08:00:00Z' });
    await api.http.get('/v1/lots/L1').set('X-Min-Position', String(last)).expect(200);
    await api.close();
  });
  afterAll(() => removeDataDir(dir));

  it('explains every command with --help', async () => {
    for (const command of [[], ['history'], ['history', 'unit'], ['history', 'lot'], ['as-of'], ['export'], ['replay'], ['run-projection'], ['stats']]) {
      const help = await run(...command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: trace/);
    }
    expect((await run('export', '--help')).stdout).toMatch(/--stream-prefix <prefix>/);
  });

  it('refuses bad input with a message and a non-zero exit code', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['nonsense'], /unknown command 'nonsense'/],
      [['as-of', 'yesterday', 'unit', 'PUMP', 'S1'], /must be an ISO 8601 date \(2026-03-03, midnight UTC\) or date-time with a zone/],
      [['as-of', '2026-03-02', 'unit', 'PUMP'], /unit needs <sku> <serial>/],
      [['as-of', '2026-03-02', 'pallet', 'P1'], /Allowed choices are unit, lot/],
      [['export', '--format', 'xml'], /Allowed choices are ndjson, csv/],
      [['export', '--from-time', '2026-03-05', '--to-time', '2026-03-01'], /--from-time must be before --to-time/],
      [['export', '--from-position', '0'], /must be a whole number from 1/],
      [['run-projection', 'missing.js'], /missing.js: no such file/],
    ];
    for (const [args, message] of cases) {
      const result = await run(...args);
      expect([args, result.code]).toEqual([args, 2]);
      expect(result.stderr).toMatch(message);
    }
    const unknownUnit = await run('history', 'unit', 'PUMP', 'NOPE');
    expect(unknownUnit).toMatchObject({ code: 1, stderr: 'error: unit PUMP/NOPE not found\n' });
    const bogus = await run('export', '--types', 'UnitMoved,Bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toMatch(/--types: no event type Bogus; the log has LotRegistered, /);
    const badConfig = await trace(dir, ['stats'], { env: { PROJECTOR_BATCH_SIZE: '0' } });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/PROJECTOR_BATCH_SIZE="0" must be an integer/);
  });

  it('tells the history of a unit and of a lot, in order, as a table or JSON', async () => {
    const table = await run('history', 'unit', 'PUMP', 'S1');
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^position\s+occurredAt\s+recordedAt\s+stream\s+revision\s+type\s+actor\s+data$/);
    expect(table.stdout).toMatch(/UnitMoved\s+admin\s+\{"sku":"PUMP","serial":"S1","from":"WH-A","to":"WH-B","reason":null\}/);
    const lot = await json('history', 'lot', 'L1', '--json');
    expect(lot.map((e: { type: string; stream: string }) => `${e.stream} ${e.type}`)).toEqual([
      'lot-L1 LotRegistered',
      'unit-PUMP:S1 SerialAssigned',
      'unit-PUMP:S2 SerialAssigned',
      'unit-PUMP:S1 UnitMoved',
      'unit-PUMP:S2 UnitSold',
    ]);
    expect(lot[0].metadata).not.toHaveProperty('requestHash');
  });

  it('travels in time for a unit and for a lot', async () => {
    expect(await json('as-of', '2026-03-02T00:00:00Z', 'unit', 'PUMP', 'S1', '--json')).toMatchObject({ location: 'WH-A', status: 'in_stock' });
    const lot = await json('as-of', '2026-03-05', 'lot', 'L1', '--json');
    expect(lot.map((u: { serial: string; status: string; location: string | null }) => [u.serial, u.status, u.location])).toEqual([
      ['S1', 'in_stock', 'WH-B'],
      ['S2', 'sold', null],
    ]);
    expect((await json('as-of', '2026-03-05', 'lot', 'L1', '--status', 'sold', '--json')).map((u: { serial: string }) => u.serial)).toEqual(['S2']);
    const unknownThen = await run('as-of', '2026-03-05', 'unit', 'PUMP', 'S1', '--known-at', '2000-01-01T00:00:00Z');
    expect(unknownThen).toMatchObject({ code: 1, stderr: 'error: unit PUMP/S1 did not exist yet at that time\n' });
    expect((await run('as-of', '2026-03-05', 'lot', 'L1')).stdout).toMatch(/^sku\s+serial\s+status\s+location.*\nPUMP\s+S1\s+in_stock\s+WH-B/);
  });

  it('exports chosen events as CSV to a file and as NDJSON to stdout, with a progress bar when asked', async () => {
    const file = join(dir, 'moves.csv');
    const toFile = await run('export', '--format', 'csv', '--out', file, '--types', 'UnitMoved,UnitSold');
    expect(toFile).toMatchObject({ code: 0, stdout: '', stderr: `2 events written to ${file}\n` });
    const csv = readFileSync(file, 'utf8').trim().split('\n');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toMatch(/^5,unit-PUMP:S1,1,.*,UnitMoved,2026-03-03T08:00:00.000Z,/);

    const ndjson = await run('--progress', 'export', '--stream-prefix', 'unit-PUMP:S2', '--from-time', '2026-03-02');
    expect(ndjson.code).toBe(0);
    expect(
      ndjson.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).type),
    ).toEqual(['UnitSold']);
    expect(ndjson.stderr).toMatch(/export \[.*\] 100% \| 6\/6 positions \| .*\/s \| ETA/);
    const bySecondClock = await run('export', '--time-field', 'recordedAt', '--to-time', '2000-01-01');
    expect(bySecondClock).toMatchObject({ code: 0, stdout: '' });
  });

  it("runs an analyst's own projection, in TypeScript or JavaScript, and prints its result", async () => {
    const ts = join(dir, 'by-type.ts');
    writeFileSync(
      ts,
      `type Event = { type: string; data: { sku?: string } };
       export const initialState: Record<string, number> = {};
       export function apply(state: Record<string, number>, event: Event) { state[event.type] = (state[event.type] ?? 0) + 1; }`,
    );
    expect(await json('run-projection', ts)).toEqual({ KeyIssued: 1, LotRegistered: 1, SerialAssigned: 2, UnitMoved: 1, UnitSold: 1 });

    const js = join(dir, 'last-location.js');
    writeFileSync(
      js,
      `module.exports = {
         initialState: () => new Map(),
         apply: (seen, event) => (event.data.to ? seen.set(event.data.serial, event.data.to) : seen),
         result: (seen) => Object.fromEntries(seen),
       };`,
    );
    expect(await json('run-projection', js, '--types', 'UnitMoved')).toEqual({ S1: 'WH-B' });

    const wrong = join(dir, 'wrong.js');
    writeFileSync(wrong, 'module.exports = { apply: 1 };');
    expect(await run('run-projection', wrong)).toMatchObject({ code: 2, stderr: expect.stringMatching(/must export initialState and apply/) });
  });

  it('counts events by type and day, and reports each projection', async () => {
    const stats = await json('stats', '--json');
    expect(stats.events).toMatchObject({ total: 6, byType: { KeyIssued: 1, LotRegistered: 1, SerialAssigned: 2, UnitMoved: 1, UnitSold: 1 } });
    // The lot was registered "now", the units' facts on the days they occurred.
    expect(stats.events.byDay).toMatchObject({ '2026-03-01': 2, '2026-03-03': 1, '2026-03-04': 1 });
    expect(stats.projections).toContainEqual({ name: 'location-intervals', generation: 1, position: 6, lag: 0, replay: null });
    const table = await run('stats', '--types', 'UnitMoved');
    expect(table.stdout).toMatch(/^events: 1 \(log head at position 6\)\n\ntype\s+events\nUnitMoved\s+1\n/);
    expect(table.stdout).toMatch(/name\s+generation\s+position\s+lag\s+replay\nunits\s+1\s+6\s+0/);
  });

  it('writes its logs to stderr only, as JSON lines with LOG_FORMAT=json, and its result alone to stdout', async () => {
    const result = await trace(dir, ['history', 'unit', 'PUMP', 'S1', '--json'], { env: { LOG_LEVEL: 'debug', LOG_FORMAT: 'json' } });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(2);
    const logs = result.stderr
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'info', context: 'Stores', msg: expect.stringMatching(/^event store: embedded SQLite at /) }));
  });

  it('refuses a DATA_DIR without an event log, rather than creating an empty store and reporting 0 events', async () => {
    const wrong = join(dir, 'not-the-data-dir');
    for (const args of [['stats'], ['export'], ['history', 'lot', 'L1']]) {
      const result = await trace(wrong, args);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `error: no event log at ${join(wrong, 'events.sqlite')}: set DATA_DIR to the data directory of the service (or EVENTSTORE_CONNECTION_STRING for EventStoreDB)\n`,
      );
    }
    expect(existsSync(wrong)).toBe(false);
  });

  it('ends quietly, with exit code 0, when the reader of its output goes away (| head)', async () => {
    for (const args of [['history', 'lot', 'L1', '--json'], ['history', 'lot', 'L1'], ['stats'], ['export']]) {
      let writes = 0;
      // A pipe whose reader is gone: the first write fails with EPIPE, as `| head` makes it once it has its lines.
      const closedPipe = new Writable({
        highWaterMark: 1,
        write: (_chunk, _encoding, callback) => {
          writes++;
          callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        },
      });
      closedPipe.on('error', () => undefined);
      const result = await trace(dir, args, { stdout: closedPipe });
      expect([args, result.code, result.stderr]).toEqual([args, 0, '']);
      expect(writes).toBeGreaterThan(0);
    }
  });
});
