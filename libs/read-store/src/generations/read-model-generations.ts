import { Change, ReadStore } from '../read-store.port';
import { Build, checkpointName, GenerationState, generationsModel, naming, RETIRED, stateOf, tableName } from './generation-state';
import { GenerationView, RegisteredTables } from './generation-view';

/** Injection token of the ReadModelGenerations of the read-model projections. */
export const READ_MODEL_GENERATIONS = Symbol('ReadModelGenerations');

type Marker = Partial<Omit<GenerationState, 'next'>> & { next?: Build | null };

/**
 * Generations of one group of read models in one read store. Readers and the live projector use `current()`,
 * which follows the current generation; a replay builds the next one through `building()` while the current
 * one keeps serving, then `switchTo` makes it current in one transaction and the replaced tables are dropped.
 */
export class ReadModelGenerations {
  private readonly tables = new RegisteredTables();
  private ready?: Promise<void>;

  constructor(
    private readonly store: ReadStore,
    readonly group: string,
  ) {}

  async state(): Promise<GenerationState> {
    // Registered once per process; a failure (store unreachable) is not remembered, so the next call tries again.
    this.ready ??= this.store.register([generationsModel]).catch((error) => {
      this.ready = undefined;
      throw error;
    });
    await this.ready;
    return stateOf(await this.store.get(generationsModel.name, { group: this.group }));
  }

  /** The read models as readers see them: always the current generation. */
  current(): ReadStore {
    return new GenerationView(this.store, async () => {
      const state = await this.state();
      return naming(this.group, state.generation, state.tables);
    }, this.tables);
  }

  /** The read models of a build; its checkpoint is the group's name, as for the current generation. */
  building(build: Build): ReadStore {
    const fixed = naming(this.group, build.generation, build.tables);
    return new GenerationView(this.store, async () => fixed, this.tables);
  }

  /** Checkpoint of the current generation, read from the underlying store. */
  async position(state: GenerationState): Promise<number> {
    return this.store.checkpoint(checkpointName(this.group, state.generation));
  }

  async buildPosition(build: Build): Promise<number> {
    return this.store.checkpoint(checkpointName(this.group, build.generation));
  }

  /** Starts the next generation: the given models get new, empty tables; the others stay shared. */
  async begin(models: string[], projections: string[]): Promise<Build> {
    const state = await this.state();
    if (state.next) throw new Error(`generation ${state.next.generation} is already being built`);
    const generation = state.allocated + 1;
    const tables = { ...state.tables, ...Object.fromEntries(models.map((model) => [model, generation])) };
    const build: Build = { generation, base: state.generation, projections, tables };
    await this.mark({ next: build, allocated: generation });
    return build;
  }

  /**
   * Makes the build current, provided the current generation's checkpoint is still `expected` (the position
   * the build's shared tables are at); otherwise throws CheckpointMoved and nothing changes. The old checkpoint
   * is retired in the same transaction, so a projector still writing the old generation fails and follows.
   */
  async switchTo(build: Build, expected: number): Promise<void> {
    const state = await this.state();
    if (state.generation !== build.base || state.next?.generation !== build.generation) {
      throw new Error(`generation ${build.generation} is no longer the one being built on generation ${build.base}`);
    }
    const replaced = Object.keys(build.tables).filter((model) => (state.tables[model] ?? 1) !== build.tables[model]);
    const retired = [...state.retired, ...replaced.map((model) => tableName(model, state.tables[model] ?? 1))];
    await this.store.apply([this.upsert({ generation: build.generation, tables: build.tables, next: null, retired })], {
      name: checkpointName(this.group, state.generation),
      expected,
      position: RETIRED,
    });
  }

  /** Abandons an unfinished build; its tables are dropped with the next `dropRetired`. */
  async discard(): Promise<void> {
    const { next, retired } = await this.state();
    if (!next) return;
    const own = Object.entries(next.tables).filter(([, generation]) => generation === next.generation);
    await this.mark({ next: null, retired: [...retired, ...own.map(([model]) => tableName(model, next.generation))] });
  }

  /** Drops the tables of replaced or abandoned generations; answers their names. */
  async dropRetired(): Promise<string[]> {
    const { retired } = await this.state();
    for (const table of retired) {
      await this.store.drop(table);
      this.tables.forget(table);
    }
    if (retired.length) await this.mark({ retired: [] });
    return retired;
  }

  private upsert(set: Marker): Change {
    return { op: 'upsert', model: generationsModel.name, key: { group: this.group }, set };
  }

  /** Writes the marker under its own version checkpoint, so two concurrent changes cannot both land. */
  private async mark(set: Marker): Promise<void> {
    const state = await this.state();
    const version = `${this.group}:generations`;
    const expected = await this.store.checkpoint(version);
    await this.store.apply([this.upsert({ ...state, ...set })], { name: version, expected, position: expected + 1 });
  }
}
