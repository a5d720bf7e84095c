import { CopyChange, Filter, Key, ReadModelDefinition } from './read-store.port';

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
