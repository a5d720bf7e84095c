import { Logger } from '@nestjs/common';
import { backoffDelay, sleep } from '@trace/shared';
import { EventStore, RecordedEvent } from '@trace/event-store';
import { Projection } from '@trace/projections';
import { ReadStore } from '@trace/read-store';

export interface ProjectorOptions {
  /** Checkpoint name of this group of projections. */
  name: string;
  /** Most events written in one transaction. */
  batchSize: number;
}

/**
 * Follows the event log from its stored checkpoint and keeps read models current: batches events, runs the
 * pure projections, and writes their changes together with the new checkpoint. Any failure (store down,
 * projection bug, another projector moving the checkpoint) is logged and retried from the stored checkpoint
 * with capped exponential backoff, so a batch is applied exactly once.
 */
export class Projector {
  private readonly logger = new Logger(Projector.name);
  private controller?: AbortController;
  private running?: Promise<void>;
  private applied = 0;
  private caughtUpOnce = false;
  lastError: string | null = null;

  constructor(
    private readonly events: EventStore,
    private readonly reads: ReadStore,
    private readonly projections: Projection[],
    private readonly options: ProjectorOptions,
  ) {}

  /** Position of the last event applied by this process (0 before the first batch). */
  get position(): number {
    return this.applied;
  }

  get isCaughtUp(): boolean {
    return this.caughtUpOnce;
  }

  async start(): Promise<void> {
    await this.reads.register(this.projections.flatMap((projection) => projection.models));
    this.controller = new AbortController();
    this.running = this.loop(this.controller.signal);
  }

  async stop(): Promise<void> {
    this.controller?.abort();
    await this.running;
  }

  private async loop(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        await this.follow(signal, () => (failures = 0));
      } catch (error) {
        if (signal.aborted) break;
        failures++;
        const delay = backoffDelay(failures, 200, 30_000);
        this.lastError = error instanceof Error ? error.message : String(error);
        this.logger.error(`projection failed (attempt ${failures}), resuming from the checkpoint in ${delay} ms: ${this.lastError}`);
        await sleep(delay, signal);
      }
    }
  }

  private async follow(signal: AbortSignal, onProgress: () => void): Promise<void> {
    let checkpoint = await this.reads.checkpoint(this.options.name);
    this.applied = checkpoint;
    let batch: RecordedEvent[] = [];
    for await (const item of this.events.subscribe(checkpoint, signal)) {
      if (item.kind === 'event') {
        batch.push(item.event);
        if (batch.length < this.options.batchSize) continue;
      } else {
        this.caughtUpOnce = true;
        if (batch.length === 0) continue;
      }
      checkpoint = await this.flush(batch, checkpoint);
      batch = [];
      this.lastError = null;
      onProgress();
    }
  }

  private async flush(batch: RecordedEvent[], checkpoint: number): Promise<number> {
    const changes = batch.flatMap((event) => this.projections.flatMap((projection) => projection.project(event)));
    const position = batch[batch.length - 1].position;
    await this.reads.apply(changes, { name: this.options.name, expected: checkpoint, position });
    this.applied = position;
    return position;
  }
}
