import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, HttpAnswer, READ_MODELS_CHECKPOINT } from '@trace/config';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { sleep } from '@trace/shared';

const POLL_MS = 5;

/** Waits until the read models include a log position, at most MIN_POSITION_WAIT_MS, then answers 503. */
@Injectable()
export class ReadModelsPosition {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async waitFor(position: number): Promise<void> {
    const deadline = Date.now() + this.config.minPositionWaitMs;
    while ((await this.reads.checkpoint(READ_MODELS_CHECKPOINT)) < position) {
      if (Date.now() >= deadline) {
        throw new HttpAnswer(503, `read models have not reached position ${position} yet`, { 'Retry-After': '1' });
      }
      await sleep(POLL_MS);
    }
  }
}
