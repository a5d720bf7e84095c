import { EventEnvelope } from '@trace/event-store';

/** Which events of the log an analyst wants; every bound is optional. */
export interface EventFilter {
  /** First log position included. */
  fromPosition?: number;
  /** Time window [fromTime, toTime) on `timeField`, as ISO 8601 instants. */
  fromTime?: string;
  toTime?: string;
  /** `occurredAt` (when it happened, the default) or `recordedAt` (when the store accepted it). */
  timeField?: 'occurredAt' | 'recordedAt';
  types?: string[];
  /** e.g. `unit-` for every unit, `unit-PUMP-200:` for one SKU, `lot-` for lots. */
  streamPrefix?: string;
}

/** Stored times are normalised ISO 8601 (UTC, milliseconds), so bounds normalised the same way compare as strings. */
const instant = (time: string) => new Date(time).toISOString();

export function eventMatcher(filter: EventFilter): (event: EventEnvelope) => boolean {
  const field = filter.timeField ?? 'occurredAt';
  const from = filter.fromTime === undefined ? undefined : instant(filter.fromTime);
  const to = filter.toTime === undefined ? undefined : instant(filter.toTime);
  const types = filter.types?.length ? new Set(filter.types) : undefined;
  const prefix = filter.streamPrefix;
  return (event) =>
    (from === undefined || event[field] >= from) &&
    (to === undefined || event[field] < to) &&
    (types === undefined || types.has(event.type)) &&
    (prefix === undefined || event.stream.startsWith(prefix));
}
