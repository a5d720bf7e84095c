import { ContainerEvent } from './container/container.events';
import { LotEvent } from './lot/lot.events';
import { LotRecalled, RecallEvent } from './recall/recall.events';
import { UnitEvent } from './unit/unit.events';

/** Every event the domain records; `type` strings are stable and never derived from class names. */
export type DomainEvent = LotEvent | LotRecalled | UnitEvent | RecallEvent | ContainerEvent;
export type DomainEventType = DomainEvent['type'];

/** One entry per event type: the compiler refuses a type missing here, or one the union does not have. */
const EVERY_TYPE: Record<DomainEventType, true> = {
  LotRegistered: true,
  LotRecalled: true,
  SerialAssigned: true,
  UnitMoved: true,
  UnitShipped: true,
  UnitReceived: true,
  UnitSold: true,
  UnitReturned: true,
  UnitRepaired: true,
  UnitScrapped: true,
  LotConsumed: true,
  ComponentInstalled: true,
  UnitInstalled: true,
  ComponentRemoved: true,
  UnitRemoved: true,
  LineageExtended: true,
  LineageReduced: true,
  UnitPacked: true,
  UnitUnpacked: true,
  UnitQuarantined: true,
  UnitRecallResolved: true,
  RecallOpened: true,
  RecallClosed: true,
  ContainerCreated: true,
  ContentsPacked: true,
  ContentsUnpacked: true,
  ContainerPacked: true,
  ContainerUnpacked: true,
  ContainerMoved: true,
  ContainerShipped: true,
  ContainerReceived: true,
};

/** Every event type the domain records, e.g. to check an analyst's `--types`. */
export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = Object.keys(EVERY_TYPE) as DomainEventType[];

export const isDomainEventType = (type: string): type is DomainEventType => Object.prototype.hasOwnProperty.call(EVERY_TYPE, type);

/** Current shape of every event's data; bump per type when a shape changes and upcast on read. */
export const EVENT_SCHEMA_VERSION = 1;
