import { Filter, streamNameFilter } from '@eventstore/db-client';

type CheckpointReached = NonNullable<Filter['checkpointReached']>;

/** In units of 32 events looked at by the server. */
const CHECKPOINT_INTERVAL = 32;

/**
 * The server-side filter of the log subscription: only streams with the domain's prefixes travel, so system
 * events, `$>` links and the command pointer streams are dropped by the server. A checkpoint is reported every
 * 1,024 events the server looked at (32 × 32), matching or not: often enough for a quiet filter to show
 * progress, rarely enough not to cut a catching-up projector's batches short.
 */
export function followedStreams(prefixes: readonly string[], checkpointReached: CheckpointReached): Filter {
  if (prefixes.length === 0 || prefixes.some((prefix) => prefix === '' || prefix.startsWith('$'))) {
    throw new Error(`stream prefixes to follow must be non-empty and not system streams: ${JSON.stringify(prefixes)}`);
  }
  return streamNameFilter({ prefixes: [...prefixes], checkpointInterval: CHECKPOINT_INTERVAL, checkpointReached });
}

/** The same rule on this side, for reads of $all, which the server does not filter. */
export function isFollowed(prefixes: readonly string[], event: { streamId: string; type: string }): boolean {
  return !event.type.startsWith('$') && prefixes.some((prefix) => event.streamId.startsWith(prefix));
}
