import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { ALL_PROJECTIONS, Projection } from '@trace/projections';
import { GenerationState, READ_MODEL_GENERATIONS, ReadModelGenerations } from '@trace/read-store';

export interface ProjectionStatus {
  name: string;
  /** Generation the projection's tables belong to (a replay of some projections leaves the others' as they were). */
  generation: number;
  /** Last log position the read models include, and how many positions they lag behind the head. */
  position: number;
  lag: number;
  /** The replay building this projection's next generation, if one is under way or interrupted. */
  replay: { generation: number; position: number; lag: number } | null;
}

export interface ProjectionsReport {
  head: number;
  projections: ProjectionStatus[];
}

const generationOf = (projection: Projection, state: GenerationState) => Math.max(...projection.models.map((model) => state.tables[model.name] ?? 1));

@Injectable()
export class ProjectionStatuses {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_MODEL_GENERATIONS) private readonly generations: ReadModelGenerations,
  ) {}

  async report(): Promise<ProjectionsReport> {
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
