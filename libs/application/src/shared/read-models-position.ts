import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, READ_MODELS_CHECKPOINT } from '@trace/config';
import { ReadStore, READ_STORE } from '@trace/read-store';
import { ReadModelsBehind, sleep } from '@trace/shared';

const POLL_MS = 5;

/**
 * Resolves true once checkpoint `name` includes `position`; false when `deadline` (epoch ms) passes or
 * `signal` aborts first. Polling works across processes, where no in-process notice could reach.
 */
export async function readModelsReach(
  reads: ReadStore,
  name: string,
  position: number,
  until: { deadline?: number; signal?: AbortSignal } = {},
): Promise<boolean> {
  while ((await reads.checkpoint(name)) < position) {
    if (until.signal?.aborted || (until.deadline !== undefined && Date.now() >= until.deadline)) return false;
    await sleep(POLL_MS, until.signal);
  }
  return true;
}

/** Waits until the read models include a log position, at most MIN_POSITION_WAIT_MS, then gives up (ReadModelsBehind). */
@Injectable()
export class ReadModelsPosition {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async waitFor(position: number): Promise<void> {
    const deadline = Date.now() + this.config.minPositionWaitMs;
    if (!(await readModelsReach(this.reads, READ_MODELS_CHECKPOINT, position, { deadline }))) {
      throw new ReadModelsBehind(position);
    }
  }
}
