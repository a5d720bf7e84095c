import { plainToInstance } from 'class-transformer';
import { EpcisEventFilter } from '../query/epcis-event-filter';
import { eventFilterOf, EventFilterParameters } from '../query-events/query-events.request';

/** A named query's parameters as kept (validated when it was defined): the strings a query string would carry. */
export const parametersOf = (query: EventFilterParameters): Record<string, string> =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => typeof value === 'string'));

/** The filter a named query's kept parameters make. */
export const namedQueryFilter = (parameters: Record<string, string>): EpcisEventFilter => eventFilterOf(plainToInstance(EventFilterParameters, parameters));
