import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { ALL_PROJECTIONS, Projection } from '@trace/projections';
import { GenerationState, READ_MODEL_GENERATIONS, ReadModelGenerations } from '@trace/read-store';
import { ProjectionsResponse } from '../get-projections/get-projections.response';

const generationOf = (projection: Projection, state: GenerationState) => Math.max(...projection.models.map((model) => state.tables[model.name] ?? 1));

/** Each projection's generation, position and lag, and any replay building its next generation: `GET /v1/projections` and `trace stats`. */
@Injectable()
export class ProjectionStatuses {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_MODEL_GENERATIONS) private readonly generations: ReadModelGenerations,
  ) {}

  async report(): Promise<ProjectionsResponse> {
    const state = await this.generations.state();
    const [head, position, building] = await Promise.all([
      this.events.headPosition(),
      this.generations.position(state),
      state.next ? this.generations.buildPosition(state.next) : Promise.resolve(0),
    ]);
    const projections = ALL_PROJECTIONS.map((projection) => ({
      name: projection.name,
      generation: generationOf(projection, state),
      position,
      lag: head - position,
      replay: state.next?.projections.includes(projection.name) ? { generation: state.next.generation, position: building, lag: head - building } : null,
    }));
    return { head, projections };
  }
}
