import { ContainerEvent } from './container/container.events';
import { LotEvent } from './lot/lot.events';
import { LotRecalled, RecallEvent } from './recall/recall.events';
import { UnitEvent } from './unit/unit.events';

/** Every event the domain records; `type` strings are stable and never derived from class names. */
export type DomainEvent = LotEvent | LotRecalled | UnitEvent | RecallEvent | ContainerEvent;
export type DomainEventType = DomainEvent['type'];

/** Current shape of every event's data; bump per type when a shape changes and upcast on read. */
export const EVENT_SCHEMA_VERSION = 1;
