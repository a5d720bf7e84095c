import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@trace/config';
import { InvalidInput } from '@trace/domain';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { ALL_PROJECTIONS, changesOf, Projection } from '@trace/projections';
import { Build, Change, CheckpointMoved, READ_MODEL_GENERATIONS, ReadModelGenerations, ReadStore } from '@trace/read-store';
import { TwoInFlight } from '@trace/shared';
import { nextTurn } from '../log/next-turn';

export interface ReplayProgress {
  generation: number;
  /** Where this run started (a resumed build starts where the interrupted one stopped). */
  start: number;
  position: number;
  target: number;
}

export interface ReplayOptions {
  /** Projection names; all of them when absent. */
  projections?: string[];
  /** Abandon an unfinished replay instead of resuming it. */
  restart?: boolean;
  signal?: AbortSignal;
  onProgress?(progress: ReplayProgress): void;
}

export interface ReplayOutcome {
  generation: number;
  projections: string[];
  position: number;
  resumedFrom: number;
  dropped: string[];
}

/** The replay stopped between two batches; everything up to `position` is stored and the next run resumes there. */
export class ReplayInterrupted extends Error {
  constructor(
    readonly generation: number,
    readonly position: number,
  ) {
    super(`replay of generation ${generation} interrupted at position ${position}; run replay again to resume`);
    this.name = 'ReplayInterrupted';
  }
}

/**
 * Rebuilds read models from the log into a new generation while the current one keeps serving queries and
 * the live projector keeps it current. The build's secondary indexes are created once it has caught up,
 * rather than kept current row by row. Then the switch is one conditional write; the replaced tables are
 * dropped after it. Each batch stores its checkpoint, so an interrupted replay resumes where it stopped.
 *
 * A build of every projection catches up with the head of the log. A build of some projections shares the
 * other projections' tables with the current generation, so it catches up with exactly the current
 * generation's checkpoint instead, and switches only while that checkpoint still stands there.
 */
@Injectable()
export class ReadModelReplay {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_MODEL_GENERATIONS) private readonly generations: ReadModelGenerations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async replay(options: ReplayOptions = {}): Promise<ReplayOutcome> {
    const requested = options.projections?.length ? selected(options.projections) : undefined;
    await this.generations.dropRetired();
    const build = await this.build(requested, options.restart ?? false);
    const projections = ALL_PROJECTIONS.filter((projection) => build.projections.includes(projection.name));
    const sharesTables = projections.length < ALL_PROJECTIONS.length;
    const models = projections.flatMap((projection) => projection.models);
    const view = this.generations.building(build);
    await view.register(models, { deferIndexes: true });
    const resumedFrom = await view.checkpoint(this.generations.group);
    let position = resumedFrom;
    for (;;) {
      const current = await this.generations.position(await this.generations.state());
      const target = sharesTables ? current : Math.max(current, await this.events.headPosition());
      position = await this.catchUp(view, projections, build, { start: resumedFrom, from: position, target }, options);
      // The indexes left out while loading, each built in one pass, before the switch lets readers at the tables.
      await view.register(models);
      try {
        await this.generations.switchTo(build, current);
        break;
      } catch (error) {
        // The live projector moved on meanwhile: catch up with it again.
        if (!(error instanceof CheckpointMoved)) throw error;
      }
    }
    const dropped = await this.generations.dropRetired();
    return { generation: build.generation, projections: build.projections, position, resumedFrom, dropped };
  }

  /** The unfinished build to resume, or a new one. */
  private async build(requested: string[] | undefined, restart: boolean): Promise<Build> {
    const { next } = await this.generations.state();
    if (next && !restart) {
      if (requested === undefined || sameNames(requested, next.projections)) return next;
      throw new InvalidInput([
        {
          field: 'projection',
          message: `generation ${next.generation} of ${next.projections.join(', ')} is unfinished: run replay without --projection to resume it, or with --restart to abandon it`,
        },
      ]);
    }
    if (next) {
      await this.generations.discard();
      await this.generations.dropRetired();
    }
    const names = requested ?? ALL_PROJECTIONS.map((projection) => projection.name);
    const models = ALL_PROJECTIONS.filter((projection) => names.includes(projection.name)).flatMap((projection) =>
      projection.models.map((model) => model.name),
    );
    return this.generations.begin(models, names, { every: names.length === ALL_PROJECTIONS.length });
  }

  /**
   * Applies the log up to `target` to the build, batch by batch, each with its checkpoint. The next batch is
   * read, projected and given to the store while the store still writes the last one: with a store that
   * writes in the background (SQLite's writer thread) the two overlap. Never more than two are in flight.
   */
  private async catchUp(
    view: ReadStore,
    projections: readonly Projection[],
    build: Build,
    { start, from, target }: { start: number; from: number; target: number },
    options: ReplayOptions,
  ): Promise<number> {
    let stored = from;
    let projected = from;
    const flight = new TwoInFlight();
    options.onProgress?.({ generation: build.generation, start, position: stored, target });
    while (projected < target) {
      await nextTurn();
      if (options.signal?.aborted) {
        await flight.drained();
        throw new ReplayInterrupted(build.generation, stored);
      }
      const { changes, reached } = await this.project(projections, projected, target);
      const storing = view.apply(changes, { name: this.generations.group, expected: projected, position: reached }).then(() => {
        stored = reached;
        options.onProgress?.({ generation: build.generation, start, position: stored, target });
      });
      projected = reached;
      await flight.give(storing);
    }
    await flight.drained();
    return stored;
  }

  /** The changes of the next batch of events after `position`, and the position they bring the build to. */
  private async project(projections: readonly Projection[], position: number, target: number): Promise<{ changes: Change[]; reached: number }> {
    const batchSize = this.config.projectorBatchSize;
    // Stored text: projections need only the data parsed, not the metadata.
    const page = await this.events.readAllSerialized(position, batchSize);
    const batch = page.filter((event) => event.position <= target);
    // A short or cut page means nothing else is left up to the target.
    const reached = batch.length === batchSize ? batch[batch.length - 1].position : target;
    const logged = batch.map(({ type, data, stream, revision, position: at, occurredAt, recordedAt }) => ({
      type,
      data: JSON.parse(data) as Record<string, unknown>,
      stream,
      revision,
      position: at,
      occurredAt,
      recordedAt,
    }));
    return { changes: changesOf(projections, logged), reached };
  }
}

/** The named projections, with those whose models they copy from: a copy must read a model at its own position. */
function selected(names: string[]): string[] {
  const known: string[] = ALL_PROJECTIONS.map((projection) => projection.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length) throw InvalidInput.field('projection', `unknown projection ${unknown.join(', ')}; known: ${known.join(', ')}`);
  const chosen = ALL_PROJECTIONS.filter((projection) => names.includes(projection.name));
  return [...new Set([...chosen, ...chosen.flatMap((projection) => projection.reads ?? [])].map((projection) => projection.name))];
}

const sameNames = (a: string[], b: string[]) => a.length === b.length && a.every((name) => b.includes(name));
