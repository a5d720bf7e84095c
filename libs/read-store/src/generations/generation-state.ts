import { ReadDocument, ReadModelDefinition, ReadStore } from '../read-store.port';

/** Home of generations kept in the main read store, beside the pointer to the current home. */
export const MAIN_HOME = 0;

/** A replay building the next generation of a group of read models. */
export interface Build {
  generation: number;
  /** Generation that was current when the build began; its shared tables are only valid on top of it. */
  base: number;
  /** Projections the build replays; the other ones keep their tables. */
  projections: string[];
  /** Generation of each model's table once the build is current. */
  tables: Record<string, number>;
  /**
   * Store the build's tables are in: the current generation's, or (a build of every projection, where the
   * adapter has separate stores) one of its own, numbered as the generation.
   */
  home: number;
}

/**
 * Where the read models of one group (one projector, one checkpoint) live. A model's table in generation 1 has
 * the model's own name, so stores written before generations existed are generation 1 as they are.
 */
export interface GenerationState {
  /** Store this state, its tables and checkpoint are in: MAIN_HOME or a separate store's number. */
  home: number;
  /** The generation readers and the live projector use. */
  generation: number;
  /** Generation of each model's table; a model absent here is in generation 1. */
  tables: Record<string, number>;
  /** The build under way, or interrupted and waiting to be resumed. */
  next: Build | null;
  /** Tables of replaced generations, still to be dropped. */
  retired: string[];
  /** Highest generation number handed out: an abandoned build's number, and its checkpoint, are never reused. */
  allocated: number;
}

/** Position a replaced generation's checkpoint is moved to, so a writer still on it fails instead of writing. */
export const RETIRED = -1;

export const tableName = (model: string, generation: number): string => (generation <= 1 ? model : `${model}__g${generation}`);
export const checkpointName = (group: string, generation: number): string => (generation <= 1 ? group : `${group}__g${generation}`);

/** How the names a projection or a query uses map to the tables and checkpoint of one generation, and in which store. */
export interface Naming {
  generation: number;
  home: number;
  store: ReadStore;
  table(model: string): string;
  checkpoint(name: string): string;
}

export function naming(group: string, { generation, tables, home }: Omit<Build, 'base' | 'projections'>, store: ReadStore): Naming {
  return {
    generation,
    home,
    store,
    table: (model) => tableName(model, tables[model] ?? 1),
    checkpoint: (name) => (name === group ? checkpointName(group, generation) : name),
  };
}

/** The one document per group that says which generation is current; stored beside the read models. */
export const generationsModel: ReadModelDefinition = {
  name: 'read_model_generations',
  key: ['group'],
  fields: { group: 'text', generation: 'integer', tables: 'json', next: 'json', retired: 'json', allocated: 'integer' },
  indexes: [],
};

/** Where each group's generations are, in the main store, when the adapter has separate stores. */
export const homesModel: ReadModelDefinition = {
  name: 'read_model_homes',
  key: ['group'],
  fields: { group: 'text', home: 'integer' },
  indexes: [],
};

export function stateOf(document: ReadDocument | null, home: number): GenerationState {
  if (!document) return { home, generation: 1, tables: {}, next: null, retired: [], allocated: 1 };
  return {
    home,
    generation: document.generation as number,
    tables: (document.tables as Record<string, number> | null) ?? {},
    // Builds begun before stores had homes are in the main one.
    next: document.next ? ({ home: MAIN_HOME, ...(document.next as Partial<Build>) } as Build) : null,
    retired: (document.retired as string[] | null) ?? [],
    allocated: document.allocated as number,
  };
}
