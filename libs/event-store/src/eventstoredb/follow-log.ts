import { EventStoreDBClient } from '@eventstore/db-client';
import { Logger } from '@nestjs/common';
import { backoffDelay, sleep } from '@trace/shared';
import { LogItem } from '../event-store.port';
import { isConnectionLoss, toPortError } from './errors';
import { followedStreams } from './log-filter';
import { FollowState, LogMarker, nextLogItems, Received } from './log-items';
import { logPosition } from './positions';

const logger = new Logger('EventStoreDbSubscription');

/** The server closed a subscription without an error: followed like a lost connection. */
class SubscriptionEnded extends Error {
  constructor() {
    super('the server ended the subscription');
  }
}

/**
 * A catch-up subscription to $all with the server-side filter, read with `for await` (back-pressure: the client
 * buffers no more than the reader takes). Subscriptions do not reconnect by themselves: after a lost connection
 * this one resubscribes from the last position seen, backing off 200 ms … 30 s, and logs every attempt.
 * Any other error ends it, for the projector to retry from its own checkpoint.
 */
export async function* followLog(client: EventStoreDBClient, prefixes: readonly string[], after: number, signal: AbortSignal): AsyncGenerator<LogItem> {
  let state: FollowState = { last: after, live: false };
  let failures = 0;
  while (!signal.aborted) {
    // A new subscription catches up first, whatever the last one was doing.
    state = { last: state.last, live: false };
    const subscription = client.subscribeToAll({
      fromPosition: logPosition(state.last),
      // These run inside the client's stream transform, so each marker lands between the events around it.
      filter: followedStreams(prefixes, (self, position) => void self.push(new LogMarker('checkpoint', position))),
    });
    subscription.on('caughtUp', () => subscription.push(new LogMarker('caughtUp')));
    subscription.on('fellBehind', () => subscription.push(new LogMarker('fellBehind')));
    // Errors arrive through the iterator; this listener only keeps a late one, after we stopped reading, from crashing the process.
    subscription.on('error', () => undefined);
    const stop = () => {
      // The gRPC stream may never have opened, so its cancellation may fail: nothing to cancel then.
      subscription.unsubscribe().catch(() => undefined);
      subscription.destroy();
    };
    signal.addEventListener('abort', stop, { once: true });
    let failure: unknown = new SubscriptionEnded();
    try {
      for await (const received of subscription as AsyncIterable<Received>) {
        const step = nextLogItems(received, state, subscription.readableLength === 0, prefixes);
        state = step.state;
        failures = 0;
        yield* step.items;
      }
    } catch (error) {
      failure = error;
    } finally {
      signal.removeEventListener('abort', stop);
      stop();
    }
    if (signal.aborted) return;
    if (!(failure instanceof SubscriptionEnded) && !isConnectionLoss(failure)) throw toPortError(failure);
    const delay = backoffDelay(++failures, 200, 30_000);
    logger.warn(
      `subscription to $all lost (${failure instanceof Error ? failure.message : String(failure)}); resubscribing after position ${state.last} in ${delay} ms (attempt ${failures})`,
    );
    await sleep(delay, signal);
  }
}
