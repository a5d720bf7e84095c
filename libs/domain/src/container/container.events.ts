import { EventTypes, memberOf } from '../shared/event-family';
import { UnitRef } from '../shared/identifiers';

/** Every container event names its container, so projections never parse stream names. */
interface ContainerFact<Type extends string, Data> {
  type: Type;
  data: { containerId: string } & Data;
}

export type ContainerCreated = ContainerFact<'ContainerCreated', { location: string }>;
/** Units and containers put into this container (each also records it on its own stream). */
export type ContentsPacked = ContainerFact<'ContentsPacked', { units: UnitRef[]; containers: string[] }>;
export type ContentsUnpacked = ContainerFact<'ContentsUnpacked', { units: UnitRef[]; containers: string[] }>;
/** On a container put into another one, `into`. */
export type ContainerPacked = ContainerFact<'ContainerPacked', { into: string }>;
export type ContainerUnpacked = ContainerFact<'ContainerUnpacked', { from: string }>;
/**
 * Moves of the whole container. `within` names the outer container that was moved when this one rode
 * inside it, and is null for the container the command addressed.
 */
export type ContainerMoved = ContainerFact<'ContainerMoved', { from: string; to: string; within: string | null }>;
export type ContainerShipped = ContainerFact<'ContainerShipped', { from: string; to: string; within: string | null }>;
export type ContainerReceived = ContainerFact<'ContainerReceived', { by: string; location: string; within: string | null }>;

/** A sighting of the container (its SSCC scanned); it moves nothing. */
export type ContainerObserved = ContainerFact<'ContainerObserved', { location: string; party: string | null; seenAt: string; warnings: string[] }>;

export type ContainerEvent =
  | ContainerCreated
  | ContentsPacked
  | ContentsUnpacked
  | ContainerPacked
  | ContainerUnpacked
  | ContainerMoved
  | ContainerShipped
  | ContainerReceived
  | ContainerObserved;

export const CONTAINER_EVENTS: EventTypes<ContainerEvent> = {
  ContainerCreated: true,
  ContentsPacked: true,
  ContentsUnpacked: true,
  ContainerPacked: true,
  ContainerUnpacked: true,
  ContainerMoved: true,
  ContainerShipped: true,
  ContainerReceived: true,
  ContainerObserved: true,
};

export const isContainerEvent = memberOf(CONTAINER_EVENTS);
