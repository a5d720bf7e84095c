import { InOrder } from '@trace/shared';
import { Change, Checkpoint, CheckpointMoved, Key, PageQuery, ReadDocument, ReadModelDefinition, ReadStore, RegisterOptions } from '../read-store.port';
import { Naming, RETIRED } from './generation-state';

/** A writer's checkpoint belongs to a generation that is no longer current; it resumes from the current one. */
export class GenerationSwitched extends CheckpointMoved {
  constructor(checkpoint: string, expected: number, actual: number, generation: number) {
    super(checkpoint, expected, actual);
    this.message = `read models switched to generation ${generation}: resuming from its checkpoint`;
    this.name = 'GenerationSwitched';
  }
}

/** Tables already created in the underlying stores, shared by every view on them. */
export class RegisteredTables {
  /** Home and name of each table → whether its secondary indexes were deferred. */
  private readonly deferred = new Map<string, boolean>();

  /** Registers the tables `naming` gives these models, or their deferred indexes; true when any was new. */
  async ensure(models: Iterable<ReadModelDefinition>, naming: Naming, { deferIndexes = false }: RegisterOptions = {}): Promise<boolean> {
    const missing = [...models]
      .map((model) => ({ ...model, name: naming.table(model.name) }))
      .filter((model) => {
        const deferred = this.deferred.get(this.key(naming.home, model.name));
        return deferred === undefined || (deferred && !deferIndexes);
      });
    if (missing.length === 0) return false;
    await naming.store.register(missing, { deferIndexes });
    for (const model of missing) this.deferred.set(this.key(naming.home, model.name), deferIndexes);
    return true;
  }

  forget(home: number, table: string): void {
    this.deferred.delete(this.key(home, table));
  }

  /** Forgets every table of a removed store. */
  forgetHome(home: number): void {
    for (const key of this.deferred.keys()) if (key.startsWith(`${home}/`)) this.deferred.delete(key);
  }

  private key(home: number, table: string): string {
    return `${home}/${table}`;
  }
}

/**
 * The ReadStore port over one generation of read models: projections and queries keep using model names
 * (`units`) and the group's checkpoint name, and this view maps them to the generation's tables (`units__g2`).
 * `resolve` is asked on every call, so a view that follows the current generation switches with it at once.
 */
export class GenerationView implements ReadStore {
  private readonly models = new Map<string, ReadModelDefinition>();
  /** As the last `register` asked: a bulk-loaded build defers its indexes until registered again without it. */
  private registerOptions: RegisterOptions = {};
  /** Generation in which each checkpoint was last read, to tell a generation switch from a second writer. */
  private readonly readIn = new Map<string, number>();
  /** Batches given to `apply` get their names in the order given, so each reaches the store after the one before. */
  private readonly namingOrder = new InOrder();

  constructor(
    private readonly resolve: () => Promise<Naming>,
    private readonly tables: RegisteredTables,
    private readonly closeStores: () => Promise<void>,
  ) {}

  async register(models: ReadModelDefinition[], options: RegisterOptions = {}): Promise<void> {
    for (const model of models) this.models.set(model.name, model);
    this.registerOptions = options;
    await this.naming();
  }

  async apply(changes: Change[], checkpoint: Checkpoint): Promise<void> {
    // Resolving names may wait on the store: batches given one after the other must not overtake each other.
    const naming = await this.namingOrder.run(() => this.naming());
    const renamed = changes.map((change): Change => {
      if (change.op === 'copy') return { ...change, model: naming.table(change.model), from: naming.table(change.from) };
      const table = naming.table(change.model);
      return table === change.model ? change : { ...change, model: table };
    });
    const name = naming.checkpoint(checkpoint.name);
    try {
      await naming.store.apply(renamed, { ...checkpoint, name });
    } catch (error) {
      const readIn = this.readIn.get(checkpoint.name);
      const switched = error instanceof CheckpointMoved && (error.actual === RETIRED || (readIn !== undefined && readIn !== naming.generation));
      if (!switched) throw error;
      const current = await this.resolve();
      throw new GenerationSwitched(name, error.expected, error.actual, current.generation);
    }
  }

  checkpoint(name: string): Promise<number> {
    return this.reading(
      async (naming) => {
        const position = await naming.store.checkpoint(naming.checkpoint(name));
        this.readIn.set(name, naming.generation);
        return position;
      },
      (position) => position === RETIRED,
    );
  }

  get(model: string, key: Key): Promise<ReadDocument | null> {
    return this.reading((naming) => naming.store.get(naming.table(model), key));
  }

  page(model: string, query: PageQuery): Promise<ReadDocument[]> {
    return this.reading((naming) => naming.store.page(naming.table(model), query));
  }

  countBy(model: string, where: Key, field: string): Promise<Record<string, number>> {
    return this.reading((naming) => naming.store.countBy(naming.table(model), where, field));
  }

  countDistinct(model: string, where: Key, field: string): Promise<number> {
    return this.reading((naming) => naming.store.countDistinct(naming.table(model), where, field));
  }

  async drop(model: string): Promise<void> {
    const naming = await this.resolve();
    const table = naming.table(model);
    await naming.store.drop(table);
    this.tables.forget(naming.home, table);
  }

  close(): Promise<void> {
    return this.closeStores();
  }

  /** The current naming, once its tables are registered; asked again when registering took long enough to miss a switch. */
  private async naming(): Promise<Naming> {
    for (;;) {
      const naming = await this.resolve();
      if (!(await this.tables.ensure(this.models.values(), naming, this.registerOptions))) return naming;
    }
  }

  /**
   * Runs a read on the current generation. A switch between resolving the names and reading may have dropped
   * the old tables (or retired the checkpoint): the read is then run once more on the new generation.
   */
  private async reading<T>(read: (naming: Naming) => Promise<T>, stale: (result: T) => boolean = () => false): Promise<T> {
    const naming = await this.naming();
    try {
      const result = await read(naming);
      if (!stale(result)) return result;
    } catch (error) {
      if ((await this.resolve()).generation === naming.generation) throw error;
    }
    return read(await this.naming());
  }
}
