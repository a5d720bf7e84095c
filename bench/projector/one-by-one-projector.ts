import { EventStore } from '@trace/event-store';
import { changesOf, Projection } from '@trace/projections';
import { ReadStore } from '@trace/read-store';

const PAGE = 1000;

/**
 * The naive projector P3 compares against: the same projections and stores as the real Projector, but one
 * transaction (changes plus checkpoint) per event instead of one per batch.
 */
export async function projectOneByOne(events: EventStore, reads: ReadStore, projections: readonly Projection[], checkpointName: string): Promise<number> {
  await reads.register(projections.flatMap((projection) => projection.models));
  let checkpoint = await reads.checkpoint(checkpointName);
  for (;;) {
    const page = await events.readAll(checkpoint, PAGE);
    for (const event of page) {
      const changes = changesOf(projections, [event]);
      await reads.apply(changes, { name: checkpointName, expected: checkpoint, position: event.position });
      checkpoint = event.position;
    }
    if (page.length < PAGE) return checkpoint;
  }
}
