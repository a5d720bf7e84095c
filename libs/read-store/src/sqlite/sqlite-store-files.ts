import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ReadStore, SeparateStores } from '../read-store.port';
import { SqliteReadStore, SqliteReadStoreOptions } from './sqlite-read-store';

/** Separate read stores as SQLite files beside the main one: `read-models.sqlite` has `read-models.g7.sqlite`. */
export class SqliteStoreFiles implements SeparateStores {
  private readonly handles = new Map<number, SqliteReadStore>();

  constructor(
    private readonly dir: string,
    private readonly prefix: string,
    private readonly options: Omit<SqliteReadStoreOptions, 'file'> = {},
  ) {}

  open(id: number, create = false): ReadStore {
    let store = this.handles.get(id);
    if (!store) {
      const file = this.file(id);
      // SQLite creates a missing file: a reader that resolved a store just before it was removed would get an
      // empty one and answer from it. It fails instead, and resolves again.
      if (!create && !existsSync(file)) throw new Error(`read store ${file} does not exist (it was retired)`);
      store = new SqliteReadStore({ ...this.options, file });
      this.handles.set(id, store);
    }
    return store;
  }

  async release(id: number): Promise<void> {
    const store = this.handles.get(id);
    this.handles.delete(id);
    await store?.close();
  }

  async remove(id: number): Promise<string> {
    await this.release(id);
    const file = this.file(id);
    for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true });
    return this.name(id);
  }

  async list(): Promise<number[]> {
    const names = await readdir(this.dir);
    const ids = names.map((name) => /^(.*)\.g(\d+)\.sqlite$/.exec(name)).filter((match) => match?.[1] === this.prefix);
    return ids.map((match) => Number(match?.[2]));
  }

  async close(): Promise<void> {
    await Promise.all([...this.handles.keys()].map((id) => this.release(id)));
  }

  private file(id: number): string {
    return join(this.dir, this.name(id));
  }

  private name(id: number): string {
    return `${this.prefix}.g${id}.sqlite`;
  }
}
