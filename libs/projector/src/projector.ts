import { EventStore, RecordedEvent } from '@trace/event-store';
import { changesOf, Projection } from '@trace/projections';
import { ReadStore } from '@trace/read-store';
import { FollowerOptions, LogFollower } from './log-follower';

/**
 * Keeps read models current: runs the pure projections over each batch of the log and writes their changes
 * together with the new checkpoint, conditional on the old one, so a batch is applied exactly once even when
 * two projectors run by mistake.
 */
export class Projector {
  private readonly follower: LogFollower;

  constructor(
    events: EventStore,
    private readonly reads: ReadStore,
    private readonly projections: readonly Projection[],
    private readonly options: FollowerOptions,
  ) {
    // The read store applies batches in the order given, so the next one is projected while the last is written.
    const models = projections.flatMap((projection) => projection.models);
    this.follower = new LogFollower(events, reads, { ...options, overlap: true, models }, (batch, from) => this.flush(batch, from));
  }

  /** Position of the last event applied by this process (0 before the first batch). */
  get position(): number {
    return this.follower.position;
  }

  get isCaughtUp(): boolean {
    return this.follower.isCaughtUp;
  }

  get lastError(): string | null {
    return this.follower.lastError;
  }

  /** Starts following; registering the models is part of it, retried until the read store can be reached. */
  start(): void {
    this.follower.start();
  }

  stop(): Promise<void> {
    return this.follower.stop();
  }

  private async flush(batch: RecordedEvent[], from: number): Promise<void> {
    const changes = changesOf(this.projections, batch);
    await this.reads.apply(changes, { name: this.options.name, expected: from, position: batch[batch.length - 1].position });
  }
}
