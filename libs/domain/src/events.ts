import { CONTAINER_EVENTS, ContainerEvent } from './container/container.events';
import { LotEvent } from './lot/lot.events';
import { LotRecalled, RecallEvent } from './recall/recall.events';
import { UNIT_EVENTS, UnitEvent } from './unit/unit.events';

/** Every event the domain records; `type` strings are stable and never derived from class names. */
export type DomainEvent = LotEvent | LotRecalled | UnitEvent | RecallEvent | ContainerEvent;
export type DomainEventType = DomainEvent['type'];

/** One entry per event type, family by family: the compiler refuses a type missing here, or one the union does not have. */
const EVERY_TYPE: Record<DomainEventType, true> = {
  LotRegistered: true,
  LotRecalled: true,
  RecallOpened: true,
  RecallClosed: true,
  ...UNIT_EVENTS,
  ...CONTAINER_EVENTS,
};

/** Every event type the domain records, e.g. to check an analyst's `--types`. */
export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = Object.keys(EVERY_TYPE) as DomainEventType[];

export const isDomainEventType = (type: string): type is DomainEventType => Object.prototype.hasOwnProperty.call(EVERY_TYPE, type);

/** Current shape of every event's data; bump per type when a shape changes and upcast on read. */
export const EVENT_SCHEMA_VERSION = 1;
