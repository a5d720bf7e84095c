import { ReadModelReplay, ReplayInterrupted } from '@trace/application';
import { eventually } from '@trace/shared/testing/eventually';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { withStores } from '../../apps/cli/src/stores-context';
import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';
import { trace } from './cli';

const UNITS = 40;
const serial = (n: number) => `S${String(n).padStart(2, '0')}`;

/**
 * Replays run beside a live API and projector on the same files, as a second process would: the current
 * generation keeps answering until the switch, an interrupted replay resumes, and the projector follows.
 */
describe('replay into a new generation', () => {
  let api: RunningApi;
  let dir: string;
  let position = 0;

  const post = async (path: string, body: object) => {
    position = (await api.http.post(path).send(body).expect(201)).body.position;
  };
  const get = async (path: string) => (await api.http.get(path).set('X-Min-Position', String(position)).expect(200)).body;
  const projections = () => get('/v1/projections');
  /** Every unit answers, from whichever generation is current, with where it is. */
  const everyUnitAnswers = async () => {
    const lot = await get('/v1/lots/L1');
    expect(lot.units.total).toBe(UNITS);
    const moved = await get('/v1/units/PUMP/S01');
    expect(moved.location).toBe('WH-B');
  };
  /** Tables of the file that holds the generations since the first full replay. */
  const tables = (file = 'read-models.g2.sqlite') => {
    const db = new Database(join(dir, file), { readonly: true });
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    db.close();
    return names.map((row) => row.name);
  };
  const replayInProcess = (options: Parameters<ReadModelReplay['replay']>[0]) =>
    withStores(
      {
        env: { DATA_DIR: dir, LOG_LEVEL: 'error', PROJECTOR_BATCH_SIZE: '10' },
        stdout: new PassThrough(),
        stderr: new PassThrough(),
        signal: new AbortController().signal,
      },
      (app) => app.get(ReadModelReplay).replay(options),
    );

  /** Options that stop a replay once its first batch is stored (the batch after it may be under way, and is stored too). */
  const interruptedAfterOneBatch = (projections?: string[]) => {
    const stop = new AbortController();
    const onProgress = ({ position }: { position: number }) => {
      if (position > 0) stop.abort();
    };
    return { projections, signal: stop.signal, onProgress };
  };

  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir);
    await post('/v1/lots', { lotId: 'L1', sku: 'PUMP' });
    await post('/v1/units/batch', { sku: 'PUMP', lotId: 'L1', location: 'WH-A', range: { prefix: 'S', start: 1, count: UNITS, width: 2 } });
    for (let n = 1; n <= 10; n++) await post(`/v1/units/PUMP/${serial(n)}/moves`, { to: 'WH-B' });
    await everyUnitAnswers();
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  it('keeps answering from the current generation while the next one is built, and resumes after an interruption', async () => {
    const interrupted = await replayInProcess(interruptedAfterOneBatch()).catch((error: unknown) => error);
    expect(interrupted).toBeInstanceOf(ReplayInterrupted);
    const stoppedAt = (interrupted as ReplayInterrupted).position;
    expect(stoppedAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeLessThan(position);

    await everyUnitAnswers();
    const during = await projections();
    expect(during.projections[0]).toEqual({
      name: 'units',
      generation: 1,
      position,
      lag: 0,
      replay: { generation: 2, position: stoppedAt, lag: position - stoppedAt },
    });

    // A replay of every projection is built in a file of its own, and the replaced generation's file is deleted.
    expect(tables('read-models.g1.sqlite')).toEqual(expect.arrayContaining(['units', 'lots', 'location_intervals']));
    const resumed = await trace(dir, ['replay', '--json'], { env: { PROJECTOR_BATCH_SIZE: '10' } });
    expect(resumed).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(resumed.stdout)).toMatchObject({ generation: 2, resumedFrom: stoppedAt, position, dropped: ['read-models.g1.sqlite'] });
    expect(existsSync(join(dir, 'read-models.g1.sqlite'))).toBe(false);

    await everyUnitAnswers();
    const after = await projections();
    expect(after.projections.every((p: { generation: number; replay: unknown }) => p.generation === 2 && p.replay === null)).toBe(true);
    expect(tables()).toEqual(expect.arrayContaining(['units__g2', 'lots__g2', 'location_intervals__g2']));
    expect(tables()).not.toContain('units');
    expect(tables('read-models.sqlite')).not.toContain('units');
  });

  it('switches atomically under queries, and the live projector carries on in the new generation', async () => {
    let replayed = false;
    const replay = replayInProcess({ projections: ['units'] }).finally(() => (replayed = true));
    // Every query answers, and readers only ever move forward from one generation to the next.
    const seen: number[] = [];
    while (!replayed) {
      await everyUnitAnswers();
      seen.push((await projections()).projections[0].generation);
    }
    expect(await replay).toMatchObject({ generation: 3, projections: ['units'], dropped: ['units__g2', 'suspects__g2'] });
    expect([...seen].sort()).toEqual(seen);
    expect((await projections()).projections[0].generation).toBe(3);

    await post('/v1/units/PUMP/S02/moves', { to: 'WH-C' });
    expect((await get('/v1/units/PUMP/S02')).location).toBe('WH-C');
    expect((await get('/v1/locations/WH-C/stock')).total).toBe(1);
    const generations = Object.fromEntries((await projections()).projections.map((p: { name: string; generation: number }) => [p.name, p.generation]));
    expect(generations).toMatchObject({ units: 3, lots: 2, 'stock-by-location': 2 });
  });

  it('refuses an unknown projection, and a different replay while one is unfinished', async () => {
    const unknown = await trace(dir, ['replay', '--projection', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown projection nope; known: units, lots/);

    await expect(replayInProcess(interruptedAfterOneBatch(['lots']))).rejects.toBeInstanceOf(ReplayInterrupted);
    const other = await trace(dir, ['replay', '--projection', 'units']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/generation 4 of lots is unfinished/);
    const restarted = await trace(dir, ['replay', '--projection', 'units', '--restart', '--json']);
    expect(JSON.parse(restarted.stdout)).toMatchObject({ generation: 5, projections: ['units'], resumedFrom: 0 });
    expect(tables()).not.toContain('lots__g4');
    await everyUnitAnswers();
  });

  it('rebuilds the lineage and the lots with the recalls, since a recall copies its affected set from them', async () => {
    await post('/v1/recalls', { recallId: 'RC-R', lotIds: ['L1'], reason: 'test', severity: 'low' });
    const progress = async () => (await get('/v1/recalls/RC-R')) as { affected: number; quarantined: number; byLocation: object };
    await eventually(async () => (await progress()).quarantined === UNITS);
    const before = await progress();
    const replayed = await trace(dir, ['replay', '--projection', 'recalls', '--json']);
    expect(JSON.parse(replayed.stdout)).toMatchObject({ projections: ['recalls', 'lineage', 'lots'] });
    expect(await progress()).toEqual(before);
    expect(before).toMatchObject({ affected: UNITS, byLocation: { 'WH-A': UNITS - 10, 'WH-B': 9, 'WH-C': 1 } });
  });
});
