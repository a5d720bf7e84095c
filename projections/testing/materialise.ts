import { DomainEvent } from '@trace/domain';
import { SqliteReadStore } from '@trace/read-store/sqlite';
import { ProjectedEvent, Projection } from '../projection';

/** Gives domain events log positions and times, as the store would. */
export function recorded(events: DomainEvent[]): ProjectedEvent[] {
  const revisions = new Map<string, number>();
  return events.map((event, index) => {
    const data = event.data as Record<string, string>;
    const stream = data.serial
      ? `unit-${data.sku}:${data.serial}`
      : data.containerId
        ? `container-${data.containerId}`
        : data.countId
          ? `count-${data.countId}`
          : data.recallId && !data.lotId
            ? `recall-${data.recallId}`
            : `lot-${data.lotId}`;
    const revision = (revisions.get(stream) ?? -1) + 1;
    revisions.set(stream, revision);
    const time = new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString();
    return { ...event, stream, revision, position: index + 1, occurredAt: time, recordedAt: time };
  });
}

/** Runs projections over events into an in-memory SQLite read store, in one batch like the projector. */
export async function materialise(projections: readonly Projection[], events: DomainEvent[]): Promise<SqliteReadStore> {
  const store = new SqliteReadStore({ file: ':memory:' });
  await store.register(projections.flatMap((p) => p.models));
  const changes = recorded(events).flatMap((event) => projections.flatMap((p) => p.project(event)));
  await store.apply(changes, { name: 'test', expected: 0, position: events.length });
  return store;
}
