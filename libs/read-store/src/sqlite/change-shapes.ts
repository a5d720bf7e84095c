import { Change, Filter } from '../read-store.port';
import { matchOf } from './sql';

/** Closes a list of names, so that key `{a}` with set `{b}` is another path than key `{a, b}` with set `{}`. */
const END = '\u0000';

class ShapeNode<T> {
  value?: T;
  private readonly children = new Map<string, ShapeNode<T>>();

  child(part: string): ShapeNode<T> {
    let node = this.children.get(part);
    if (!node) this.children.set(part, (node = new ShapeNode<T>()));
    return node;
  }

  names(record: object): ShapeNode<T> {
    // A cursor walking down the tree from here, not a saved `this` for a closure.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let node: ShapeNode<T> = this;
    for (const name in record) node = node.child(name);
    return node.child(END);
  }

  /** Field names, each with how it is matched: lists and nulls give other clauses. */
  filter(where: Filter): ShapeNode<T> {
    // A cursor walking down the tree from here, not a saved `this` for a closure.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let node: ShapeNode<T> = this;
    for (const field in where) node = node.child(field).child(matchOf(where[field]));
    return node.child(END);
  }

  pairs(record: Record<string, string>): ShapeNode<T> {
    // A cursor walking down the tree from here, not a saved `this` for a closure.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let node: ShapeNode<T> = this;
    for (const name in record) node = node.child(name).child(record[name]);
    return node.child(END);
  }
}

/**
 * Values by shape of change: kind, model, field names and how each filter matches. A look-up walks a tree with
 * the change's own names, so it allocates nothing; joining them into a key string made more than a quarter of
 * all the garbage of a replay's main thread.
 */
export class ShapeMap<T> {
  private root = new ShapeNode<T>();

  get(change: Change): T | undefined {
    return this.node(change).value;
  }

  set(change: Change, value: T): void {
    this.node(change).value = value;
  }

  clear(): void {
    this.root = new ShapeNode<T>();
  }

  private node(change: Change): ShapeNode<T> {
    const node = this.root.child(change.op).child(change.model);
    switch (change.op) {
      case 'upsert':
        return node.names(change.key).names(change.set);
      case 'increment':
        return node.names(change.key).names(change.by);
      case 'delete':
        return node.names(change.key);
      case 'update':
        return node.filter(change.where).names(change.set);
      case 'copy':
        return node.child(change.from).filter(change.where).pairs(change.fields).names(change.set);
    }
  }
}
