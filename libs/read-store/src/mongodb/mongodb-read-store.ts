import { Db, MongoClient } from 'mongodb';
import { InOrder } from '@trace/shared';
import { ModelGuard } from '../model-guard';
import { Change, Checkpoint, CheckpointMoved, Key, PageQuery, ReadDocument, ReadModelDefinition, ReadStore } from '../read-store.port';
import { toReadDocument } from './documents';
import { toPortError } from './errors';
import { equalityFilter, keyFilter, pageFilter, pageSort } from './filters';
import { indexDescriptions } from './indexes';
import { runCopy } from './copy-write';
import { WriteStep, writePlan } from './write-plan';

export interface MongoReadStoreOptions {
  /** e.g. `mongodb://mongodb:27017/?replicaSet=rs0`; transactions need a replica set (one node is enough). */
  uri: string;
  database: string;
}

/**
 * How long an operation waits for a reachable server before failing with StoreUnavailable (503), unless the
 * URI says otherwise: the driver's 30 s would hold every request that long while MongoDB is down.
 */
const SERVER_SELECTION_TIMEOUT_MS = 5_000;

interface CheckpointDocument {
  _id: string;
  position: number;
  updatedAt: Date;
}

/** Read-model names are lower case letters, digits and underscores, so this name can never be a model's. */
const CHECKPOINTS = '_checkpoints';

/**
 * Read models as MongoDB collections, one per model, with the indexes each projection declares.
 *
 * A batch and its checkpoint are written in one multi-document transaction (snapshot reads, majority writes):
 * a crash between them cannot exist, so nothing is applied twice or lost, and a second writer that read the
 * same checkpoint collides on the checkpoint document, is retried by the driver, then sees the checkpoint moved
 * and gives up (CheckpointMoved). Transactions were chosen over per-document "last position applied" guards
 * because increments, filtered updates and deletes cannot carry such a guard, and because the projector
 * writes all models of a batch together. The price: MongoDB must run as a replica set (a single node will do).
 */
export class MongoReadStore implements ReadStore {
  private readonly client: MongoClient;
  private readonly db: Db;
  private readonly guard = new ModelGuard();
  private connected?: Promise<unknown>;
  /** Batches are written one after the other, in the order given. */
  private readonly batches = new InOrder();

  constructor(options: MongoReadStoreOptions) {
    const timeoutInUri = /[?&]serverSelectionTimeoutMS=/i.test(options.uri);
    this.client = new MongoClient(options.uri, timeoutInUri ? {} : { serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS });
    this.db = this.client.db(options.database);
  }

  async register(models: ReadModelDefinition[]): Promise<void> {
    for (const model of models) this.guard.add(model);
    await this.reach(async () => {
      for (const model of models) await this.db.collection(model.name).createIndexes(indexDescriptions(model));
    });
  }

  async apply(changes: Change[], checkpoint: Checkpoint): Promise<void> {
    const plan = writePlan(changes, this.guard);
    await this.batches.run(() => this.write(plan, checkpoint));
  }

  private async write(plan: WriteStep[], checkpoint: Checkpoint): Promise<void> {
    await this.reach(async () => {
      const session = this.client.startSession();
      try {
        await session.withTransaction(
          async () => {
            const actual = (await this.checkpoints().findOne({ _id: checkpoint.name }, { session }))?.position ?? 0;
            if (actual !== checkpoint.expected) throw new CheckpointMoved(checkpoint.name, checkpoint.expected, actual);
            // One after the other: a transaction runs one operation at a time.
            for (const step of plan) {
              if ('copy' in step) await runCopy(this.db, step, session);
              else await this.db.collection(step.collection).bulkWrite(step.operations, { ordered: false, session });
            }
            await this.checkpoints().updateOne(
              { _id: checkpoint.name },
              { $set: { position: checkpoint.position, updatedAt: new Date() } },
              { upsert: true, session },
            );
          },
          { readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' } },
        );
      } finally {
        await session.endSession();
      }
    });
  }

  async checkpoint(name: string): Promise<number> {
    return this.reach(async () => (await this.checkpoints().findOne({ _id: name }))?.position ?? 0);
  }

  async get(modelName: string, key: Key): Promise<ReadDocument | null> {
    const model = this.guard.keyed(modelName, key);
    const stored = await this.reach(() => this.db.collection(model.name).findOne(keyFilter(model, key)));
    return stored && toReadDocument(model, stored);
  }

  async page(modelName: string, query: PageQuery): Promise<ReadDocument[]> {
    const model = this.guard.paged(modelName, query);
    const filter = pageFilter(model, query);
    // MongoDB reads a limit of 0 as "no limit".
    if (query.limit < 1) return [];
    const stored = await this.reach(() => this.db.collection(model.name).find(filter).sort(pageSort(model, query.order)).limit(query.limit).toArray());
    return stored.map((document) => toReadDocument(model, document));
  }

  async countBy(modelName: string, where: Key, field: string): Promise<Record<string, number>> {
    const model = this.guard.indexed(modelName, where);
    this.guard.declared(model, [field]);
    const groups = await this.reach(() =>
      this.db
        .collection(model.name)
        .aggregate<{ _id: unknown; n: number }>([{ $match: equalityFilter(where) }, { $group: { _id: `$${field}`, n: { $sum: 1 } } }])
        .toArray(),
    );
    return Object.fromEntries(groups.map((group) => [String(group._id), group.n]));
  }

  async countDistinct(modelName: string, where: Key, field: string): Promise<number> {
    const model = this.guard.indexed(modelName, where);
    this.guard.declared(model, [field]);
    // Documents without the field (or with null) have no value to count, as in SQL's count(DISTINCT …).
    const match = { ...equalityFilter(where), [field]: { $ne: null } };
    const counted = await this.reach(() =>
      this.db
        .collection(model.name)
        .aggregate<{ n: number }>([{ $match: match }, { $group: { _id: `$${field}` } }, { $count: 'n' }])
        .toArray(),
    );
    return counted[0]?.n ?? 0;
  }

  async drop(modelName: string): Promise<void> {
    this.guard.remove(modelName);
    await this.reach(() => this.db.collection(modelName).drop());
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private checkpoints() {
    return this.db.collection<CheckpointDocument>(CHECKPOINTS);
  }

  /**
   * Runs a call to the server, reporting an unreachable one as StoreUnavailable. Connects first: the driver's
   * own connection on first use closes its topology when the server is down and never opens it again, while
   * a client that connected once rides out later outages by itself. So a failed connect is forgotten, and
   * the next call tries again.
   */
  private async reach<T>(call: () => Promise<T>): Promise<T> {
    try {
      this.connected ??= this.client.connect().catch((error: unknown) => {
        this.connected = undefined;
        throw error;
      });
      await this.connected;
      return await call();
    } catch (error) {
      throw toPortError(error);
    }
  }
}
