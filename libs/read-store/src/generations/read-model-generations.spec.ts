import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Change, CheckpointMoved, ReadModelDefinition, ReadStore } from '../read-store.port';
import { SqliteReadStore } from '../sqlite/sqlite-read-store';
import { indexNames } from '../sqlite/testing/index-names';
import { Build } from './generation-state';
import { GenerationSwitched } from './generation-view';
import { ReadModelGenerations } from './read-model-generations';

const units: ReadModelDefinition = { name: 'units', key: ['serial'], fields: { serial: 'text', location: 'text' }, indexes: [['location']] };
const stock: ReadModelDefinition = { name: 'stock', key: ['location'], fields: { location: 'text', count: 'integer' }, indexes: [] };
const GROUP = 'read-models';

const unit = (serial: string, location: string): Change => ({ op: 'upsert', model: 'units', key: { serial }, set: { location } });
const count = (location: string, by: number): Change => ({ op: 'increment', model: 'stock', key: { location }, by: { count: by } });

describe('read-model generations', () => {
  let dir: string;
  let raw: SqliteReadStore;
  let generations: ReadModelGenerations;
  let current: ReadStore;

  /** Writes a batch the way a projector does: from the stored checkpoint to `position`. */
  const write = async (store: ReadStore, position: number, ...changes: Change[]) =>
    store.apply(changes, { name: GROUP, expected: await store.checkpoint(GROUP), position });

  const building = async (build: Build) => {
    const view = generations.building(build);
    await view.register([units, stock]);
    return view;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trace-generations-'));
    raw = new SqliteReadStore({ file: join(dir, 'read-models.sqlite') });
    generations = new ReadModelGenerations(raw, GROUP);
    current = generations.current();
    await current.register([units, stock]);
  });
  afterEach(async () => {
    await raw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts at generation 1: the plain model names and the group checkpoint, as stores written before generations', async () => {
    await write(current, 5, unit('1', 'WH-A'));
    expect(await raw.get('units', { serial: '1' })).toEqual({ serial: '1', location: 'WH-A' });
    expect(await raw.checkpoint(GROUP)).toBe(5);
    expect(await generations.state()).toEqual({ home: 0, generation: 1, tables: {}, next: null, retired: [], allocated: 1 });
  });

  it('builds the next generation beside the current one, switches atomically and drops the old tables', async () => {
    await write(current, 5, unit('1', 'WH-A'), count('WH-A', 1));
    const build = await generations.begin(['units', 'stock'], ['units', 'stock']);
    const next = await building(build);
    await write(next, 3, unit('1', 'WH-B'));
    expect(await current.get('units', { serial: '1' })).toMatchObject({ location: 'WH-A' });
    expect(await current.checkpoint(GROUP)).toBe(5);

    await write(next, 5, count('WH-B', 1));
    await generations.switchTo(build, 5);
    expect(await current.get('units', { serial: '1' })).toMatchObject({ location: 'WH-B' });
    expect(await current.get('stock', { location: 'WH-B' })).toMatchObject({ count: 1 });
    expect(await current.checkpoint(GROUP)).toBe(5);
    expect((await generations.state()).retired).toEqual(['units', 'stock']);

    expect(await generations.dropRetired()).toEqual(['units', 'stock']);
    await expect(raw.page('units', { where: {}, limit: 1 })).rejects.toThrow();
    expect(await generations.state()).toMatchObject({ generation: 2, tables: { units: 2, stock: 2 }, next: null, retired: [] });
  });

  it('replays some projections only: the others keep their tables, shared by both generations', async () => {
    await write(current, 4, unit('1', 'WH-A'), count('WH-A', 1));
    const build = await generations.begin(['stock'], ['stock']);
    const next = await building(build);
    await write(next, 4, count('WH-A', 1));
    await generations.switchTo(build, 4);
    await write(current, 6, unit('1', 'WH-C'), count('WH-A', -1), count('WH-C', 1));
    expect(await raw.get('units', { serial: '1' })).toMatchObject({ location: 'WH-C' });
    expect(await raw.get('stock__g2', { location: 'WH-C' })).toMatchObject({ count: 1 });
    expect(await generations.dropRetired()).toEqual(['stock']);
  });

  it('refuses to switch when the current generation moved on, and changes nothing', async () => {
    await write(current, 5, unit('1', 'WH-A'));
    const build = await generations.begin(['units'], ['units']);
    await write(current, 7, unit('2', 'WH-A'));
    await expect(generations.switchTo(build, 5)).rejects.toBeInstanceOf(CheckpointMoved);
    expect(await generations.state()).toMatchObject({ generation: 1, next: { generation: 2 } });
  });

  it('turns a write on the replaced generation away; the writer then resumes from the new checkpoint', async () => {
    await write(current, 5, unit('1', 'WH-A'));
    const build = await generations.begin(['units', 'stock'], ['units', 'stock']);
    await write(await building(build), 8, unit('1', 'WH-B'));
    // A projector in another process read its checkpoint (5) in generation 1, then the switch happened.
    const live = new ReadModelGenerations(raw, GROUP).current();
    await live.register([units, stock]);
    const stale = await live.checkpoint(GROUP);
    await generations.switchTo(build, 5);
    await expect(live.apply([unit('1', 'WH-Z')], { name: GROUP, expected: stale, position: 9 })).rejects.toBeInstanceOf(GenerationSwitched);
    expect(await live.checkpoint(GROUP)).toBe(8);
    await live.apply([unit('1', 'WH-Z')], { name: GROUP, expected: 8, position: 9 });
    expect(await current.get('units', { serial: '1' })).toMatchObject({ location: 'WH-Z' });
  });

  it('lets readers with their own connection (another process) follow the switch', async () => {
    const other = new SqliteReadStore({ file: join(dir, 'read-models.sqlite') });
    const reader = new ReadModelGenerations(other, GROUP).current();
    await reader.register([units, stock]);
    await write(current, 1, unit('1', 'WH-A'));
    expect(await reader.get('units', { serial: '1' })).toMatchObject({ location: 'WH-A' });
    const build = await generations.begin(['units'], ['units']);
    await write(await building(build), 1, unit('1', 'WH-B'));
    await generations.switchTo(build, 1);
    await generations.dropRetired();
    expect(await reader.get('units', { serial: '1' })).toMatchObject({ location: 'WH-B' });
    expect(await reader.page('units', { where: { location: 'WH-B' }, limit: 10 })).toHaveLength(1);
    await other.close();
  });

  it('leaves out the secondary indexes of a build registered to defer them, until its models are registered again', async () => {
    const indexes = () => indexNames(join(dir, 'read-models.sqlite'), 'units__g2');
    const build = await generations.begin(['units'], ['units']);
    const next = generations.building(build);
    await next.register([units], { deferIndexes: true });
    await write(next, 1, unit('1', 'WH-A'));
    expect(indexes()).toEqual([]);
    await next.register([units]);
    expect(indexes()).toEqual(['units__g2__location']);
    await write(next, 2, unit('2', 'WH-A'));
    expect(await next.page('units', { where: { location: 'WH-A' }, limit: 10 })).toHaveLength(2);
  });

  it('abandons an unfinished build: its tables go, and its generation number is never reused', async () => {
    const build = await generations.begin(['units'], ['units']);
    await write(await building(build), 3, unit('1', 'WH-B'));
    await expect(generations.begin(['units'], ['units'])).rejects.toThrow(/already being built/);
    await generations.discard();
    expect(await generations.dropRetired()).toEqual(['units__g2']);
    expect((await generations.begin(['units'], ['units'])).generation).toBe(3);
  });
});
