import { Change, ReadModelDefinition } from '@trace/read-store';

/** The part of a recorded event a projection may look at. */
export interface ProjectedEvent {
  type: string;
  data: Record<string, unknown>;
  stream: string;
  revision: number;
  position: number;
  occurredAt: string;
  recordedAt: string;
}

/** A pure read-model builder: an event in, changes out; it declares the models (and indexes) it writes. */
export interface Projection {
  name: string;
  models: ReadModelDefinition[];
  /** Projections whose models its copies read: they are kept and rebuilt together with it, in one batch. */
  reads?: Projection[];
  project(event: ProjectedEvent): Change[];
}
