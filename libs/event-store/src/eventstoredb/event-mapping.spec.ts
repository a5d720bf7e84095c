import { RecordedEvent as ClientEvent } from '@eventstore/db-client';
import { NewEvent } from '../event-store.port';
import { toEventData, toRecordedEvent } from './event-mapping';

const metadata = { commandId: 'cmd-1', correlationId: 'order-9', causationId: 'pick-3', actor: 'scanner-7', schemaVersion: 1 };
const event: NewEvent = {
  eventId: '6f1c1a8e-9d1f-5c3a-8b2e-0c4d5e6f7a8b',
  type: 'UnitMoved',
  data: { sku: 'P', serial: 'S1', from: 'WH-A', to: 'WH-B' },
  metadata,
  occurredAt: '2026-03-01T09:00:00.000Z',
  requestHash: 'abc',
};

/** What the client hands back for `event` once stored: JSON data and metadata, server fields filled in. */
const stored = (data = toEventData(event)): ClientEvent =>
  ({
    streamId: 'unit-P:S1',
    id: data.id,
    isJson: true,
    revision: 3n,
    type: data.type,
    created: new Date('2026-03-01T09:00:01.234Z'),
    data: data.data,
    metadata: JSON.parse(JSON.stringify(data.metadata)),
    position: { commit: 4_096n, prepare: 4_096n },
  }) as ClientEvent;

describe('EventStoreDB event mapping', () => {
  it('appends JSON with the given id, and metadata carrying occurredAt, the request fingerprint and the correlation keys', () => {
    expect(toEventData(event)).toEqual({
      id: event.eventId,
      contentType: 'application/json',
      type: 'UnitMoved',
      data: event.data,
      metadata: { ...metadata, requestHash: 'abc', occurredAt: event.occurredAt, $correlationId: 'order-9', $causationId: 'pick-3' },
    });
  });

  it('reads back exactly what was appended, the fingerprint beside the metadata, with the server time as recordedAt', () => {
    expect(toRecordedEvent(stored())).toEqual({
      position: 4_096,
      stream: 'unit-P:S1',
      revision: 3,
      eventId: event.eventId,
      type: 'UnitMoved',
      data: event.data,
      metadata,
      occurredAt: event.occurredAt,
      recordedAt: '2026-03-01T09:00:01.234Z',
      requestHash: 'abc',
    });
  });

  it('refuses events this service did not write', () => {
    expect(() => toRecordedEvent({ ...stored(), metadata: undefined })).toThrow(/not written by this service/);
    expect(() => toRecordedEvent({ ...stored(), isJson: false, data: new Uint8Array() } as unknown as ClientEvent)).toThrow(/JSON/);
  });
});
