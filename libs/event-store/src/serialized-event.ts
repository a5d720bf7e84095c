import { RecordedEvent, SerializedEvent } from './event-store.port';

/** For adapters that hold or receive events parsed: their serialized form, as the port promises it. */
export const serialized = ({ requestHash: _internal, ...event }: RecordedEvent): SerializedEvent => ({
  ...event,
  data: JSON.stringify(event.data),
  metadata: JSON.stringify(event.metadata),
});
