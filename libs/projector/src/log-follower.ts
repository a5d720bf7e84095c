import { Logger } from '@nestjs/common';
import { EventStore, LogItem, RecordedEvent } from '@trace/event-store';
import { GenerationSwitched, ReadModelDefinition, ReadStore } from '@trace/read-store';
import { backoffDelay, sleep, TwoInFlight } from '@trace/shared';
import { followersModel, heartbeatChange, PROCESS } from './heartbeat';

/** How often a follower says it is alive, by default; health calls it stopped after three missed beats. */
export const HEARTBEAT_MS = 5_000;

export interface FollowerOptions {
  /** Checkpoint name, stored in the read store. */
  name: string;
  /** Most events handed over at once. */
  batchSize: number;
  /**
   * Hand the next batch over before the last one is handled, never more than two at a time: for a handler
   * whose store applies batches in the order given, in the background (SQLite's writer thread), so reading
   * and projecting the next batch overlaps with writing the last.
   */
  overlap?: boolean;
  /**
   * Models the handler writes, registered before every attempt to follow, so a store that was unreachable at
   * start-up is prepared once it is back, instead of failing the start.
   */
  models?: ReadModelDefinition[];
  /** Interval of the heartbeat written to `followers` (HEARTBEAT_MS by default). */
  heartbeatMs?: number;
}

/**
 * Follows the event log from a checkpoint stored in the read store and hands events over in batches: full
 * ones while catching up, whatever is there once caught up. `handle` must store the checkpoint (expected:
 * `from`, new: the batch's last position). Any failure is logged and retried from the stored checkpoint
 * with capped exponential backoff, so a batch is handled again rather than lost.
 */
export class LogFollower {
  private readonly logger: Logger;
  private controller?: AbortController;
  private running?: Promise<void>;
  private handled = 0;
  private caughtUpOnce = false;
  lastError: string | null = null;

  constructor(
    private readonly events: EventStore,
    private readonly reads: ReadStore,
    private readonly options: FollowerOptions,
    private readonly handle: (batch: RecordedEvent[], from: number) => Promise<void>,
  ) {
    this.logger = new Logger(`Follower ${options.name}`);
  }

  /** Position of the last event handled by this process (the stored checkpoint before the first batch). */
  get position(): number {
    return this.handled;
  }

  get isCaughtUp(): boolean {
    return this.caughtUpOnce;
  }

  start(): void {
    this.controller = new AbortController();
    this.running = this.loop(this.controller.signal);
  }

  async stop(): Promise<void> {
    this.controller?.abort();
    await this.running;
  }

  private async loop(signal: AbortSignal): Promise<void> {
    let failures = 0;
    let switched = false;
    while (!signal.aborted) {
      try {
        await this.follow(signal, () => {
          failures = 0;
          switched = false;
        });
      } catch (error) {
        if (signal.aborted) break;
        if (error instanceof GenerationSwitched && !switched) {
          // A replay made another generation current: expected, and resumed at once from its checkpoint (once;
          // a second switch before any progress is retried like any failure).
          switched = true;
          this.logger.log(error.message);
          continue;
        }
        failures++;
        const delay = backoffDelay(failures, 200, 30_000);
        this.lastError = error instanceof Error ? error.message : String(error);
        this.logger.error(`failed (attempt ${failures}), resuming from the checkpoint in ${delay} ms: ${this.lastError}`);
        await sleep(delay, signal);
      }
    }
  }

  private async follow(signal: AbortSignal, onProgress: () => void): Promise<void> {
    await this.reads.register([...(this.options.models ?? []), followersModel]);
    let checkpoint = await this.reads.checkpoint(this.options.name);
    this.handled = checkpoint;
    let batch: RecordedEvent[] = [];
    const flight = new TwoInFlight();
    const interval = this.options.heartbeatMs ?? HEARTBEAT_MS;
    let lastBeat = 0;
    // Given in turn with the batches, so it is applied after the one in flight, at the checkpoint that one leaves.
    const beat = async () => {
      lastBeat = Date.now();
      const change = heartbeatChange({
        name: this.options.name,
        beatAt: new Date(lastBeat).toISOString(),
        position: checkpoint,
        process: PROCESS,
        failing: this.lastError,
      });
      await flight.give(this.reads.apply([change], { name: this.options.name, expected: checkpoint, position: checkpoint }));
    };
    // The subscription ends with this attempt, so an idle one is never left waiting for the next event.
    const attempt = new AbortController();
    const stop = () => attempt.abort();
    signal.addEventListener('abort', stop);
    try {
      await beat();
      for await (const item of withTicks(this.events.subscribe(checkpoint, attempt.signal), interval)) {
        if (Date.now() - lastBeat >= interval) await beat();
        if (item.kind === 'tick') continue;
        if (item.kind === 'event') {
          batch.push(item.event);
          if (batch.length < this.options.batchSize) continue;
        } else {
          this.caughtUpOnce = true;
          // Idle: a failure of the batch in hand surfaces now, not with the next event.
          if (batch.length === 0) {
            await flight.drained();
            continue;
          }
        }
        const reached = batch[batch.length - 1].position;
        const handling = this.handle(batch, checkpoint).then(() => {
          this.handled = reached;
          this.lastError = null;
          onProgress();
        });
        checkpoint = reached;
        batch = [];
        await flight.give(handling);
        if (!this.options.overlap) await flight.drained();
      }
    } finally {
      signal.removeEventListener('abort', stop);
      attempt.abort();
      // Never leave a batch being written behind, whether following stopped or failed.
      await flight.drained().catch(() => undefined);
    }
  }
}

/**
 * The subscription's items, plus a tick whenever none came for `interval` ms: a quiet log (EventStoreDB sends
 * nothing while idle) must not stop the heartbeat. The pending read is kept across ticks, never read twice.
 */
async function* withTicks(items: AsyncIterable<LogItem>, interval: number): AsyncGenerator<LogItem | { kind: 'tick' }> {
  const iterator = items[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  let next: Promise<IteratorResult<LogItem>> | undefined;
  try {
    next = iterator.next();
    for (;;) {
      const tick = new Promise<'tick'>((resolve) => (timer = setTimeout(resolve, interval, 'tick')));
      const first = await Promise.race([next, tick]);
      clearTimeout(timer);
      if (first === 'tick') {
        yield { kind: 'tick' };
        continue;
      }
      next = undefined;
      if (first.done) return;
      yield first.value;
      next = iterator.next();
    }
  } finally {
    clearTimeout(timer);
    // A read still pending (after a tick) settles once the caller aborts the subscription; closing it must not
    // wait for that, nor leave its outcome unhandled.
    next?.catch(() => undefined);
    iterator.return?.().catch(() => undefined);
  }
}
