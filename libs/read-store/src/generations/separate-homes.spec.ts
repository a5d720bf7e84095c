import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Change, CheckpointMoved, ReadModelDefinition, ReadStore } from '../read-store.port';
import { SqliteReadStore } from '../sqlite/sqlite-read-store';
import { SqliteStoreFiles } from '../sqlite/sqlite-store-files';
import { Build } from './generation-state';
import { GenerationSwitched } from './generation-view';
import { ReadModelGenerations } from './read-model-generations';

const units: ReadModelDefinition = { name: 'units', key: ['serial'], fields: { serial: 'text', location: 'text' }, indexes: [['location']] };
const stock: ReadModelDefinition = { name: 'stock', key: ['location'], fields: { location: 'text', count: 'integer' }, indexes: [] };
const GROUP = 'read-models';
const MODELS = ['units', 'stock'];

const unit = (serial: string, location: string): Change => ({ op: 'upsert', model: 'units', key: { serial }, set: { location } });
const count = (location: string, by: number): Change => ({ op: 'increment', model: 'stock', key: { location }, by: { count: by } });

/** Generations in SQLite files of their own, as the embedded store keeps them; each instance is one process. */
describe('read-model generations in separate stores', () => {
  let dir: string;
  const opened: ReadModelGenerations[] = [];

  const newProcess = () => {
    const generations = new ReadModelGenerations(
      new SqliteReadStore({ file: join(dir, 'read-models.sqlite') }),
      GROUP,
      new SqliteStoreFiles(dir, 'read-models'),
    );
    opened.push(generations);
    return generations;
  };
  const write = async (store: ReadStore, position: number, ...changes: Change[]) =>
    store.apply(changes, { name: GROUP, expected: await store.checkpoint(GROUP), position });
  const registered = async (store: ReadStore) => {
    await store.register([units, stock]);
    return store;
  };
  const building = (generations: ReadModelGenerations, build: Build) => registered(generations.building(build));
  const tablesOf = (file: string) => {
    const db = new Database(join(dir, file), { readonly: true });
    try {
      return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    } finally {
      db.close();
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'trace-homes-'));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((generations) => generations.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts a new group in a file of its own: the main file only says which', async () => {
    const generations = newProcess();
    await write(await registered(generations.current()), 3, unit('1', 'WH-A'));
    expect(await generations.state()).toMatchObject({ home: 1, generation: 1 });
    expect(tablesOf('read-models.g1.sqlite')).toEqual(expect.arrayContaining(['units', 'stock', 'checkpoints']));
    expect(tablesOf('read-models.sqlite')).not.toContain('units');
  });

  it('builds every model in a new file, switches readers of other processes to it, and deletes the old file', async () => {
    const replay = newProcess();
    const reader = await registered(newProcess().current());
    await write(reader, 5, unit('1', 'WH-A'), count('WH-A', 1));

    const build = await replay.begin(MODELS, MODELS, { every: true });
    expect(build).toMatchObject({ generation: 2, home: 2, tables: { units: 2, stock: 2 } });
    expect(await replay.buildPosition(build)).toBe(0);
    expect(existsSync(join(dir, 'read-models.g2.sqlite'))).toBe(false);
    const next = await building(replay, build);
    await write(next, 5, unit('1', 'WH-B'), count('WH-B', 1));
    expect(await reader.get('units', { serial: '1' })).toMatchObject({ location: 'WH-A' });
    expect(await replay.buildPosition(build)).toBe(5);

    await replay.switchTo(build, 5);
    expect(await reader.get('units', { serial: '1' })).toMatchObject({ location: 'WH-B' });
    expect(await reader.checkpoint(GROUP)).toBe(5);
    expect(await replay.dropRetired()).toEqual(['read-models.g1.sqlite']);
    expect(existsSync(join(dir, 'read-models.g1.sqlite'))).toBe(false);
    expect(await reader.page('units', { where: { location: 'WH-B' }, limit: 10 })).toHaveLength(1);
    expect(await newProcess().state()).toMatchObject({ home: 2, generation: 2, next: null, allocated: 2 });
  });

  it('builds some models beside the tables they share, in the current file, and switches in one transaction', async () => {
    const generations = newProcess();
    const current = await registered(generations.current());
    await write(current, 4, unit('1', 'WH-A'), count('WH-A', 1));
    const build = await generations.begin(['stock'], ['stock']);
    expect(build).toMatchObject({ generation: 2, home: 1 });
    await write(await building(generations, build), 4, count('WH-A', 1));
    await write(current, 6, unit('2', 'WH-A'));
    await expect(generations.switchTo(build, 4)).rejects.toBeInstanceOf(CheckpointMoved);

    await generations.discard();
    const again = await generations.begin(['stock'], ['stock']);
    await write(await building(generations, again), 6, count('WH-A', 2));
    await generations.switchTo(again, 6);
    expect(await generations.dropRetired()).toEqual(['stock__g2', 'stock']);
    expect(tablesOf('read-models.g1.sqlite')).toEqual(expect.arrayContaining(['units', 'stock__g3']));
    expect(await current.get('stock', { location: 'WH-A' })).toMatchObject({ count: 2 });
  });

  it('refuses to switch a build of its own file while the current generation moved past it, and changes nothing', async () => {
    const generations = newProcess();
    const current = await registered(generations.current());
    await write(current, 5, unit('1', 'WH-A'));
    const build = await generations.begin(MODELS, MODELS, { every: true });
    await write(await building(generations, build), 5, unit('1', 'WH-B'));
    await write(current, 7, unit('2', 'WH-A'));
    await expect(generations.switchTo(build, 5)).rejects.toBeInstanceOf(CheckpointMoved);
    expect(await generations.state()).toMatchObject({ home: 1, generation: 1, next: { generation: 2, home: 2 } });
    expect(await generations.dropRetired()).toEqual([]);
    expect(existsSync(join(dir, 'read-models.g2.sqlite'))).toBe(true);
  });

  it('turns a projector of the old file to the new one: it fails once, then resumes from the new checkpoint', async () => {
    const replay = newProcess();
    const live = await registered(newProcess().current());
    await write(live, 5, unit('1', 'WH-A'));
    const stale = await live.checkpoint(GROUP);
    const build = await replay.begin(MODELS, MODELS, { every: true });
    await write(await building(replay, build), 8, unit('1', 'WH-B'));
    await replay.switchTo(build, 5);
    await replay.dropRetired();
    await expect(live.apply([unit('1', 'WH-Z')], { name: GROUP, expected: stale, position: 9 })).rejects.toBeInstanceOf(GenerationSwitched);
    expect(await live.checkpoint(GROUP)).toBe(8);
    await live.apply([unit('1', 'WH-Z')], { name: GROUP, expected: 8, position: 9 });
    expect(await live.get('units', { serial: '1' })).toMatchObject({ location: 'WH-Z' });
  });

  it('abandons a build of its own file: the file goes, and its number is never reused', async () => {
    const generations = newProcess();
    await registered(generations.current());
    const build = await generations.begin(MODELS, MODELS, { every: true });
    await write(await building(generations, build), 3, unit('1', 'WH-B'));
    await generations.discard();
    expect(await generations.dropRetired()).toEqual(['read-models.g2.sqlite']);
    expect(await generations.begin(MODELS, MODELS, { every: true })).toMatchObject({ generation: 3, home: 3 });
  });

  it('leaves alone a file numbered past the generations it knows of: a build another process began since', async () => {
    const generations = newProcess();
    await registered(generations.current());
    new SqliteStoreFiles(dir, 'read-models').open(2, true);
    expect(await generations.dropRetired()).toEqual([]);
    expect(existsSync(join(dir, 'read-models.g2.sqlite'))).toBe(true);
  });

  it('resolves the home again when the one it read was replaced and deleted before it opened it', async () => {
    const replay = newProcess();
    await write(await registered(replay.current()), 1, unit('1', 'WH-A'));
    const build = await replay.begin(MODELS, MODELS, { every: true });
    await write(await building(replay, build), 1, unit('1', 'WH-B'));
    await replay.switchTo(build, 1);
    await replay.dropRetired();
    // A reader whose read of the pointer came just before the switch: it still names home 1.
    const main = new SqliteReadStore({ file: join(dir, 'read-models.sqlite') });
    let stale = true;
    const lagging = Object.assign(Object.create(main) as ReadStore, {
      get: async (model: string, key: Record<string, string>) =>
        model === 'read_model_homes' && stale ? ((stale = false), { group: GROUP, home: 1 }) : main.get(model, key),
    });
    const reader = new ReadModelGenerations(lagging, GROUP, new SqliteStoreFiles(dir, 'read-models'));
    opened.push(reader);
    expect(await (await registered(reader.current())).get('units', { serial: '1' })).toMatchObject({ location: 'WH-B' });
    expect(stale).toBe(false);
  });

  it('keeps a store written before separate files in the main file, whatever is rebuilt', async () => {
    const legacy = new SqliteReadStore({ file: join(dir, 'read-models.sqlite') });
    await legacy.register([units, stock]);
    await write(legacy, 2, unit('1', 'WH-A'));
    await legacy.close();

    const generations = newProcess();
    const current = await registered(generations.current());
    expect(await current.get('units', { serial: '1' })).toMatchObject({ location: 'WH-A' });
    const build = await generations.begin(MODELS, MODELS, { every: true });
    expect(build).toMatchObject({ generation: 2, home: 0 });
    await write(await building(generations, build), 2, unit('1', 'WH-B'));
    await generations.switchTo(build, 2);
    expect(await generations.dropRetired()).toEqual(['units', 'stock']);
    expect(await current.get('units', { serial: '1' })).toMatchObject({ location: 'WH-B' });
    expect(existsSync(join(dir, 'read-models.g1.sqlite'))).toBe(false);
  });

  it('takes a store written before separate files, moved to read-models.g1.sqlite, as its first home, generations included', async () => {
    const legacy = new ReadModelGenerations(new SqliteReadStore({ file: join(dir, 'read-models.sqlite') }), GROUP);
    await write(await registered(legacy.current()), 2, unit('1', 'WH-A'));
    const build = await legacy.begin(['units'], ['units']);
    await write(await building(legacy, build), 2, unit('1', 'WH-B'));
    await legacy.switchTo(build, 2);
    await legacy.close();
    renameSync(join(dir, 'read-models.sqlite'), join(dir, 'read-models.g1.sqlite'));

    const generations = newProcess();
    const current = await registered(generations.current());
    expect(await generations.state()).toMatchObject({ home: 1, generation: 2, tables: { units: 2 } });
    expect(await current.get('units', { serial: '1' })).toMatchObject({ location: 'WH-B' });
    const whole = await generations.begin(MODELS, MODELS, { every: true });
    expect(whole).toMatchObject({ generation: 3, home: 3 });
  });
});

describe('SQLite store files', () => {
  let dir: string;
  let files: SqliteStoreFiles;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'trace-store-files-'));
    files = new SqliteStoreFiles(dir, 'read-models');
  });
  afterEach(async () => {
    await files.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens an existing file or creates one when asked, lists them, and deletes one with its journal', async () => {
    expect(() => files.open(4)).toThrow(/does not exist/);
    const store = files.open(4, true);
    await store.register([units]);
    await store.apply([unit('1', 'WH-A')], { name: GROUP, expected: 0, position: 1 });
    files.open(12, true);
    expect((await files.list()).sort((a, b) => a - b)).toEqual([4, 12]);

    await files.release(4);
    expect(await files.open(4).checkpoint(GROUP)).toBe(1);
    expect(await files.remove(4)).toBe('read-models.g4.sqlite');
    expect(await files.list()).toEqual([12]);
    expect(() => files.open(4)).toThrow(/does not exist/);
  });
});
