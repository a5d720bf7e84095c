import { Change, CheckpointMoved, ReadModelDefinition, ReadStore, SeparateStores } from '../read-store.port';
import {
  Build,
  checkpointName,
  GenerationState,
  generationsModel,
  homesModel,
  MAIN_HOME,
  naming,
  Naming,
  RETIRED,
  stateOf,
  tableName,
} from './generation-state';
import { GenerationView, RegisteredTables } from './generation-view';

/** Injection token of the ReadModelGenerations of the read-model projections. */
export const READ_MODEL_GENERATIONS = Symbol('ReadModelGenerations');

type Marker = Partial<Omit<GenerationState, 'next' | 'home'>> & { next?: Build | null };

/** Home of the first generation of a group that starts out with separate stores. */
const FIRST_HOME = 1;

/**
 * A store no longer current is closed this long after a process last resolved it, so calls that resolved it
 * just before a switch finish on it rather than failing.
 */
const RELEASE_AFTER_MS = 10_000;

/**
 * Generations of one group of read models. Readers and the live projector use `current()`, which follows the
 * current generation; a replay builds the next one through `building()` while the current one keeps serving,
 * then `switchTo` makes it current in one write and the replaced tables are dropped.
 *
 * Where the adapter has separate stores, a group's generations live in one of them (their home), and the main
 * store only says which: a build of every projection gets a home of its own, and replacing the old home is
 * deleting a store. A build of some projections shares tables with the current generation, so it is built in
 * the current home, beside them. Without separate stores (or in a store from before they existed), everything
 * is in the main store.
 */
export class ReadModelGenerations {
  private readonly tables = new RegisteredTables();
  /** Separate stores this process has open. */
  private readonly inUse = new Set<number>();

  constructor(
    private readonly main: ReadStore,
    readonly group: string,
    private readonly separate?: SeparateStores,
  ) {}

  async state(): Promise<GenerationState> {
    for (let home = await this.home(); ;) {
      try {
        const store = this.storeOf(home);
        await this.registered(home, store, generationsModel);
        const state = stateOf(await store.get(generationsModel.name, { group: this.group }), home);
        this.releaseUnused(state);
        return state;
      } catch (error) {
        // The home was replaced, and removed, between reading the pointer and opening it.
        const moved = await this.home();
        if (moved === home) throw error;
        home = moved;
      }
    }
  }

  /** The read models as readers see them: always the current generation. */
  current(): ReadStore {
    return new GenerationView(
      async () => this.naming(await this.state()),
      this.tables,
      () => this.close(),
    );
  }

  /** The read models of a build; its checkpoint is the group's name, as for the current generation. */
  building(build: Build): ReadStore {
    // A build's own home is created by the replay that writes it, when it starts or resumes.
    const fixed = this.naming(build, true);
    return new GenerationView(
      async () => fixed,
      this.tables,
      () => this.close(),
    );
  }

  /** Checkpoint of the current generation, read from the underlying store. */
  async position(state: GenerationState): Promise<number> {
    return this.storeOf(state.home).checkpoint(checkpointName(this.group, state.generation));
  }

  async buildPosition(build: Build): Promise<number> {
    // A build's own home is only created once the replay writes it: until then it has stored nothing.
    const created = build.home === MAIN_HOME || !this.separate || (await this.separate.list()).includes(build.home);
    return created ? this.storeOf(build.home).checkpoint(checkpointName(this.group, build.generation)) : 0;
  }

  /**
   * Starts the next generation: the given models get new, empty tables; the others stay shared. A build of
   * `every` model of the group shares nothing, so it gets a home of its own where the adapter has them.
   */
  async begin(models: string[], projections: string[], { every = false } = {}): Promise<Build> {
    const state = await this.state();
    if (state.next) throw new Error(`generation ${state.next.generation} is already being built`);
    const generation = state.allocated + 1;
    const ownTables = Object.fromEntries(models.map((model) => [model, generation]));
    const alone = every && this.separate !== undefined && state.home !== MAIN_HOME;
    const build: Build = alone
      ? { generation, base: state.generation, projections, tables: ownTables, home: generation }
      : { generation, base: state.generation, projections, tables: { ...state.tables, ...ownTables }, home: state.home };
    await this.mark(state.home, { next: build, allocated: generation });
    return build;
  }

  /**
   * Makes the build current, provided the current generation's checkpoint is still `expected`; otherwise throws
   * CheckpointMoved and nothing changes. In the same home, the old checkpoint is retired in the same
   * transaction, so a projector still writing the old generation fails and follows: the build's shared tables
   * are only valid at that position. A build in its own home shares nothing: its state is written there, then
   * the main store's pointer is moved to it (a projector still on the old home fails at its next batch, on the
   * new generation's checkpoint, and follows).
   */
  async switchTo(build: Build, expected: number): Promise<void> {
    const state = await this.state();
    if (state.generation !== build.base || state.next?.generation !== build.generation) {
      throw new Error(`generation ${build.generation} is no longer the one being built on generation ${build.base}`);
    }
    if (build.home !== state.home) {
      const position = await this.position(state);
      if (position !== expected) throw new CheckpointMoved(checkpointName(this.group, state.generation), expected, position);
      await this.mark(build.home, { generation: build.generation, tables: build.tables, next: null, retired: [], allocated: build.generation });
      await this.point(build.home);
      return;
    }
    const replaced = Object.keys(build.tables).filter((model) => (state.tables[model] ?? 1) !== build.tables[model]);
    const retired = [...state.retired, ...replaced.map((model) => tableName(model, state.tables[model] ?? 1))];
    await this.storeOf(state.home).apply([this.upsert({ generation: build.generation, tables: build.tables, next: null, retired })], {
      name: checkpointName(this.group, state.generation),
      expected,
      position: RETIRED,
    });
  }

  /** Abandons an unfinished build; its tables, or its home, go with the next `dropRetired`. */
  async discard(): Promise<void> {
    const { next, retired, home } = await this.state();
    if (!next) return;
    const own = next.home === home ? Object.entries(next.tables).filter(([, generation]) => generation === next.generation) : [];
    await this.mark(home, { next: null, retired: [...retired, ...own.map(([model]) => tableName(model, next.generation))] });
  }

  /** Drops the tables of replaced or abandoned generations, and removes homes no longer used; answers their names. */
  async dropRetired(): Promise<string[]> {
    const state = await this.state();
    const store = this.storeOf(state.home);
    for (const table of state.retired) {
      await store.drop(table);
      this.tables.forget(state.home, table);
    }
    if (state.retired.length) await this.mark(state.home, { retired: [] });
    return [...state.retired, ...(await this.removeUnused(state))];
  }

  /** Removes the separate stores that are neither the current home nor the build's. */
  private async removeUnused(state: GenerationState): Promise<string[]> {
    const separate = this.separate;
    if (!separate) return [];
    const removed: string[] = [];
    for (const home of await separate.list()) {
      // A home numbered past `allocated` belongs to a build begun since the state was read.
      if (home === state.home || home === state.next?.home || home > state.allocated) continue;
      removed.push(await separate.remove(home));
      this.forget(home);
    }
    return removed;
  }

  async close(): Promise<void> {
    this.inUse.clear();
    await Promise.all([this.main.close(), this.separate?.close()]);
  }

  /**
   * The current home, from the main store's pointer. A group without one is given one: the main store when it
   * already holds the group's read models (written before separate stores), the first separate store otherwise.
   */
  private async home(): Promise<number> {
    if (!this.separate) return MAIN_HOME;
    await this.registered(MAIN_HOME, this.main, homesModel);
    const pointer = await this.main.get(homesModel.name, { group: this.group });
    if (pointer) return pointer.home as number;
    const written = (await this.main.checkpoint(this.group)) !== 0;
    if (!written) this.separate.open(FIRST_HOME, true);
    try {
      await this.point(written ? MAIN_HOME : FIRST_HOME);
    } catch (error) {
      // Another process gave the group its home first.
      if (!(error instanceof CheckpointMoved)) throw error;
    }
    return this.home();
  }

  /** Moves the main store's pointer to `home`. */
  private async point(home: number): Promise<void> {
    await this.versioned(this.main, `${this.group}:home`, { op: 'upsert', model: homesModel.name, key: { group: this.group }, set: { home } });
  }

  private storeOf(home: number, create = false): ReadStore {
    if (home === MAIN_HOME || !this.separate) return this.main;
    const store = this.separate.open(home, create);
    this.inUse.add(home);
    return store;
  }

  private naming(of: Pick<Build, 'generation' | 'tables' | 'home'>, create = false): Naming {
    return naming(this.group, of, this.storeOf(of.home, create));
  }

  /** Closes, after a while, the separate stores this process has open that are neither current nor being built. */
  private releaseUnused(state: GenerationState): void {
    for (const home of this.inUse) {
      if (home === state.home || home === state.next?.home) continue;
      this.inUse.delete(home);
      setTimeout(() => {
        if (this.inUse.has(home)) return;
        this.forget(home);
        void this.separate?.release(home);
      }, RELEASE_AFTER_MS).unref();
    }
  }

  /** Forgets what was registered in a store closed or removed, so that it is registered again if opened again. */
  private forget(home: number): void {
    this.inUse.delete(home);
    this.tables.forgetHome(home);
  }

  /** Registers one of the generations' own models in a store, once per process (generation 1 keeps its name). */
  private async registered(home: number, store: ReadStore, model: ReadModelDefinition): Promise<void> {
    await this.tables.ensure([model], naming(this.group, { generation: 1, tables: {}, home }, store));
  }

  private upsert(set: Marker): Change {
    return { op: 'upsert', model: generationsModel.name, key: { group: this.group }, set };
  }

  /** Writes the marker of a home. */
  private async mark(home: number, set: Marker): Promise<void> {
    const store = this.storeOf(home);
    await this.registered(home, store, generationsModel);
    const { home: _home, ...state } = stateOf(await store.get(generationsModel.name, { group: this.group }), home);
    await this.versioned(store, `${this.group}:generations`, this.upsert({ ...state, ...set }));
  }

  /** Writes a change under a version checkpoint of its own, so that two concurrent writers cannot both land. */
  private async versioned(store: ReadStore, version: string, change: Change): Promise<void> {
    const expected = await store.checkpoint(version);
    await store.apply([change], { name: version, expected, position: expected + 1 });
  }
}
