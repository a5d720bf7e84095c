import { EventTypes } from './shared/event-family';
import { ACCESS_EVENTS, AccessEvent } from './access/access.events';
import { CONTAINER_EVENTS, ContainerEvent } from './container/container.events';
import { COUNT_EVENTS, CountEvent } from './count/count.events';
import { CLAIM_EVENTS, ClaimEvent } from './warranty/claim.events';
import { EPCIS_EVENTS, EpcisEvent } from './epcis/epcis.events';
import { LOT_EVENTS, LotEvent } from './lot/lot.events';
import { PRODUCT_EVENTS, ProductEvent } from './product/product.events';
import { RECALL_EVENTS, RecallEvent } from './recall/recall.events';
import { UNIT_EVENTS, UnitEvent } from './unit/unit.events';

/** Every event the domain records; `type` strings are stable and never derived from class names. */
export type DomainEvent = LotEvent | UnitEvent | RecallEvent | ContainerEvent | AccessEvent | ProductEvent | CountEvent | ClaimEvent | EpcisEvent;
export type DomainEventType = DomainEvent['type'];

/** Every family's types: the compiler refuses a family left out. */
const EVERY_TYPE: EventTypes<DomainEvent> = {
  ...LOT_EVENTS,
  ...RECALL_EVENTS,
  ...UNIT_EVENTS,
  ...CONTAINER_EVENTS,
  ...ACCESS_EVENTS,
  ...PRODUCT_EVENTS,
  ...COUNT_EVENTS,
  ...CLAIM_EVENTS,
  ...EPCIS_EVENTS,
};

/** Every event type the domain records, e.g. to check an analyst's `--types`. */
export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = Object.keys(EVERY_TYPE) as DomainEventType[];

export const isDomainEventType = (type: string): type is DomainEventType => Object.prototype.hasOwnProperty.call(EVERY_TYPE, type);

/** Current shape of every event's data; bump per type when a shape changes and upcast on read. */
export const EVENT_SCHEMA_VERSION = 1;
