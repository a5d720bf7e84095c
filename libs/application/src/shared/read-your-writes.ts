import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { APP_CONFIG, AppConfig, HttpAnswer, READ_MODELS_CHECKPOINT } from '@trace/config';
import { InvalidInput } from '@trace/domain';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { sleep } from '@trace/shared';
import { Request } from 'express';
import { Observable } from 'rxjs';

const POLL_MS = 5;

/**
 * Read your writes: a GET with `X-Min-Position: p` (the position a command answered) is served only once the
 * read models include position p; after MIN_POSITION_WAIT_MS it answers 503 with Retry-After.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const raw = request.header('x-min-position');
    if (request.method === 'GET' && raw !== undefined) {
      if (!/^\d{1,15}$/.test(raw)) throw InvalidInput.field('X-Min-Position', 'must be a non-negative integer position');
      await this.waitFor(Number(raw));
    }
    return next.handle();
  }

  private async waitFor(position: number): Promise<void> {
    const deadline = Date.now() + this.config.minPositionWaitMs;
    while ((await this.reads.checkpoint(READ_MODELS_CHECKPOINT)) < position) {
      if (Date.now() >= deadline) {
        throw new HttpAnswer(503, `read models have not reached position ${position} yet`, { 'Retry-After': '1' });
      }
      await sleep(POLL_MS);
    }
  }
}
