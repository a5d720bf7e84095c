import { DomainEvent, isDomainEventType } from '@trace/domain';
import { Change, ReadModelDefinition } from '@trace/read-store';

/** Where an event stands in the log. */
export interface EventPlace {
  stream: string;
  revision: number;
  position: number;
  occurredAt: string;
  recordedAt: string;
  /** What the log keeps beside the data that a projection reads: the EPCIS event a domain event was captured from. */
  metadata?: { epcisEventId?: string };
}

/** An event as projections see it: one of the domain's events (a discriminated union), where it stands in the log. */
export type ProjectedEvent = DomainEvent & EventPlace;

/** What the log hands over: any type and data, as stored. */
export type LoggedEvent = EventPlace & { type: string; data: Record<string, unknown> };

/**
 * A logged event as the domain's event it is, or null for a type the domain does not record. This is the edge
 * where stored JSON becomes typed facts: the log only holds what the deciders decided, so the type names the shape.
 */
export const projected = <Logged extends LoggedEvent>(event: Logged): (ProjectedEvent & Omit<Logged, 'type' | 'data'>) | null =>
  isDomainEventType(event.type) ? (event as unknown as ProjectedEvent & Omit<Logged, 'type' | 'data'>) : null;

/** Names of the projections the projector runs: a new one is named here, and the registry must then list it. */
export type ProjectionName =
  'units' | 'lots' | 'stock-by-location' | 'lineage' | 'recalls' | 'location-intervals' | 'containers' | 'products' | 'counts' | 'claims' | 'epcis';

/** A pure read-model builder: an event in, changes out; it declares the models (and indexes) it writes. */
export interface Projection<Name extends ProjectionName = ProjectionName> {
  name: Name;
  models: ReadModelDefinition[];
  /** Projections whose models its copies read: they are kept and rebuilt together with it, in one batch. */
  reads?: Projection[];
  project(event: ProjectedEvent): Change[];
}

/**
 * The changes logged events make to the projections' models, in log order: what the projector writes for a batch.
 * Types the domain does not record change nothing.
 */
export function changesOf(projections: readonly Projection[], events: Iterable<LoggedEvent>): Change[] {
  const changes: Change[] = [];
  for (const logged of events) {
    const event = projected(logged);
    if (event === null) continue;
    for (const projection of projections) for (const change of projection.project(event)) changes.push(change);
  }
  return changes;
}

/** The end of every projection's switch: the compiler refuses a switch that forgets an event type. */
export function unhandled(event: never): never {
  throw new Error(`event type ${(event as { type: string }).type} is not handled`);
}
