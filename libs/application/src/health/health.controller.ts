import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { READ_MODELS_CHECKPOINT } from '@trace/config';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { Response } from 'express';

type Probe = { status: 'up'; position: number } | { status: 'down'; error: string };

async function probe(read: () => Promise<number>): Promise<Probe> {
  try {
    return { status: 'up', position: await read() };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Reachability of both stores and how far the read models lag behind the log' })
  @ApiOkResponse({ description: '{status: "ok", eventStore, readStore, lag}' })
  @ApiServiceUnavailableResponse({ description: 'A store is unreachable' })
  async health(@Res({ passthrough: true }) response: Response) {
    const [eventStore, readStore] = await Promise.all([probe(() => this.events.headPosition()), probe(() => this.reads.checkpoint(READ_MODELS_CHECKPOINT))]);
    const up = eventStore.status === 'up' && readStore.status === 'up';
    if (!up) response.status(503);
    const lag = eventStore.status === 'up' && readStore.status === 'up' ? eventStore.position - readStore.position : null;
    return { status: up ? 'ok' : 'degraded', eventStore, readStore, lag };
  }
}
