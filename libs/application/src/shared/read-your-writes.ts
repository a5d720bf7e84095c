import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { InvalidInput } from '@trace/domain';
import { Request } from 'express';
import { Observable } from 'rxjs';
import { ReadModelsPosition } from './read-models-position';

/**
 * Read your writes: a GET with `X-Min-Position: p` (the position a command answered) is served only once the
 * read models include position p; after MIN_POSITION_WAIT_MS it answers 503 with Retry-After.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(private readonly readModels: ReadModelsPosition) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const raw = request.header('x-min-position');
    if (request.method === 'GET' && raw !== undefined) {
      if (!/^\d{1,15}$/.test(raw)) throw InvalidInput.field('X-Min-Position', 'must be a non-negative integer position');
      await this.readModels.waitFor(Number(raw));
    }
    return next.handle();
  }
}
