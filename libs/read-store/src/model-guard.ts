import { CopyChange, Filter, Key, PageQuery, ReadModelDefinition } from './read-store.port';

const NAME = /^[a-z][a-z0-9_]*$/;
const FIELD = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Checks definitions and queries against them, so adapters only ever build statements from declared names. */
export class ModelGuard {
  private readonly models = new Map<string, ReadModelDefinition>();

  add(model: ReadModelDefinition): void {
    if (!NAME.test(model.name)) throw new Error(`read model name ${model.name} must match ${NAME}`);
    for (const field of Object.keys(model.fields)) {
      if (!FIELD.test(field)) throw new Error(`read model ${model.name}: field name ${field} must match ${FIELD}`);
    }
    for (const field of [...model.key, ...model.indexes.flat()]) {
      if (!(field in model.fields)) throw new Error(`read model ${model.name}: ${field} is not a declared field`);
    }
    this.models.set(model.name, model);
  }

  /** Forgets a model (dropped), after checking its name is one a statement may carry. */
  remove(name: string): void {
    if (!NAME.test(name)) throw new Error(`read model name ${name} must match ${NAME}`);
    this.models.delete(name);
  }

  model(name: string): ReadModelDefinition {
    const model = this.models.get(name);
    if (!model) throw new Error(`read model ${name} is not registered`);
    return model;
  }

  /** The model, after checking that `key` names exactly its key fields. */
  keyed(name: string, key: Key): ReadModelDefinition {
    const model = this.model(name);
    const given = Object.keys(key);
    if (given.length !== model.key.length || !model.key.every((field) => field in key)) {
      throw new Error(`read model ${name}: key must be exactly (${model.key.join(', ')})`);
    }
    return model;
  }

  /** Throws unless every name is a declared field of the model. */
  declared(model: ReadModelDefinition, fields: string[]): void {
    const unknown = fields.filter((field) => !(field in model.fields));
    if (unknown.length) throw new Error(`read model ${model.name}: ${unknown.join(', ')} not declared`);
  }

  /** The model, after checking that an equality filter on these fields is served by a declared index or the key. */
  indexed(name: string, where: Filter): ReadModelDefinition {
    const model = this.model(name);
    const fields = Object.keys(where);
    if (!servingIndex(model, fields)) {
      throw new Error(`read model ${name}: no index serves a filter on (${[...fields].sort().join(', ')})`);
    }
    return model;
  }

  /** The model, after checking that a page query's names are declared and that an index serves it (see PageQuery). */
  paged(name: string, query: PageQuery): ReadModelDefinition {
    const model = this.model(name);
    const ranges = Object.keys(query.ranges ?? {});
    this.declared(model, [...Object.keys(query.where), ...ranges, ...(query.order ? [query.order.by] : [])]);
    if (query.order && query.order.by in query.where) throw new Error(`read model ${name}: ${query.order.by} is both filtered by equality and the order`);
    if (!pageIndex(model, Object.keys(query.where), query.order?.by)) {
      const order = query.order ? ` ordered by ${query.order.by}` : '';
      throw new Error(`read model ${name}: no index serves a page filtered on (${Object.keys(query.where).sort().join(', ')})${order}`);
    }
    if (query.after) {
      const expected = [...(query.order ? [query.order.by] : []), ...model.key];
      if (Object.keys(query.after).length !== expected.length || !expected.every((field) => field in query.after!)) {
        throw new Error(`read model ${name}: a page resumes after (${expected.join(', ')})`);
      }
    }
    return model;
  }

  /** Both models of a copy, after checking its filter is served and that it gives every field it writes, key included. */
  copied({ model: name, from, where, fields, set }: CopyChange): { target: ReadModelDefinition; source: ReadModelDefinition } {
    if (Object.keys(where).length === 0) throw new Error(`read model ${name}: a copy needs a filter`);
    const source = this.indexed(from, where);
    const target = this.model(name);
    const written = [...Object.keys(fields), ...Object.keys(set)];
    this.declared(target, written);
    this.declared(source, Object.values(fields));
    const retyped = Object.entries(fields).filter(([to, of]) => target.fields[to] !== source.fields[of]);
    if (retyped.length) throw new Error(`read model ${name}: a copy keeps types (${retyped.map(([to, of]) => `${of} → ${to}`).join(', ')} differ)`);
    const missing = target.key.filter((field) => !written.includes(field));
    if (missing.length) throw new Error(`read model ${name}: a copy must give its key (${missing.join(', ')} missing)`);
    return { target, source };
  }
}

/** The key or the first declared index that starts with exactly these fields (in any order), so it serves equality on them. */
export function servingIndex(model: ReadModelDefinition, fields: string[]): string[] | undefined {
  const wanted = [...fields].sort();
  return [model.key, ...model.indexes].find((index) => {
    const prefix = index.slice(0, wanted.length);
    return prefix.length === wanted.length && [...prefix].sort().every((field, i) => field === wanted[i]);
  });
}

/**
 * The index a page reads (see PageQuery), the key as []: the candidate whose equality prefix binds the most
 * filtered fields. Unordered, an index must be bound whole (rows then come in key order, and the key's leading
 * fields may bind further); ordered, it must be filtered fields followed by the order field. Undefined when
 * none binds a filter given: filters that no index binds would be a scan of the whole model.
 */
export function pageIndex(model: ReadModelDefinition, filtered: string[], orderBy?: string): string[] | undefined {
  const given = new Set(filtered);
  let best: { index: string[]; bound: number } | undefined;
  for (const index of [[], ...model.indexes]) {
    let bound: number;
    if (orderBy !== undefined) {
      if (index[index.length - 1] !== orderBy || !index.slice(0, -1).every((field) => given.has(field))) continue;
      bound = index.length - 1;
    } else {
      if (!index.every((field) => given.has(field))) continue;
      const rest = model.key.filter((field) => !index.includes(field));
      const unbound = rest.findIndex((field) => !given.has(field));
      bound = index.length + (unbound === -1 ? rest.length : unbound);
    }
    if (!best || bound > best.bound) best = { index, bound };
  }
  return best && (best.bound > 0 || filtered.length === 0) ? best.index : undefined;
}
