import { Logger } from '@nestjs/common';
import { READ_MODELS_CHECKPOINT } from '@trace/config';
import { EventStore, RecordedEvent } from '@trace/event-store';
import { LogFollower } from '@trace/projector';
import { CheckpointMoved, ReadStore } from '@trace/read-store';
import { createHmac } from 'node:crypto';
import { readModelsReach } from '../../shared/read-models-position';
import { EpcisEventFilter } from '../query/epcis-event-filter';
import { EpcisEvents } from '../query/epcis-events';
import { EpcisQueryDocuments } from '../query/epcis-query-document';
import { destinationProblem } from './webhook-destination';

/** A subscription as its delivery needs it: the secret comes from the query's stream, never from a read model. */
export interface Subscription {
  subscriptionID: string;
  queryName: string;
  dest: string;
  signatureToken: string;
  filter: EpcisEventFilter;
  /** The log position it was made at: what was recorded before is not delivered. */
  position: number;
}

export interface DeliveryOptions {
  batchSize: number;
  heartbeatMs: number;
  allowHosts: readonly string[];
  /** How long a destination may take to answer a delivery. */
  timeoutMs: number;
}

/** The checkpoint a subscription's deliveries follow the log with, stored beside the read models' checkpoints. */
export const deliveryCheckpoint = (subscriptionID: string): string => `epcis-subscription:${subscriptionID}`;

/** GS1-Signature of a delivery: the HMAC-SHA256 of the exact body, keyed by the subscriber's token. */
export const signatureOf = (body: string, token: string): string => `sha256=${createHmac('sha256', token).update(body).digest('hex')}`;

/**
 * One subscription's deliveries: follows the log from its own checkpoint, and for each batch POSTs the matching
 * events (as the EPCIS read models show them, once they include the batch) in one signed EPCISQueryDocument. The
 * checkpoint moves only after the destination answered 2xx: a failure or a restart delivers the batch again (at
 * least once, in log order), with the follower's capped backoff between attempts.
 */
export class SubscriptionDelivery {
  private readonly logger: Logger;
  private readonly follower: LogFollower;
  private readonly signal = new AbortController();
  /** Where its end was read in the log, once it was. */
  private endedAt: number | null = null;

  constructor(
    events: EventStore,
    private readonly reads: ReadStore,
    private readonly matching: EpcisEvents,
    private readonly documents: EpcisQueryDocuments,
    readonly subscription: Subscription,
    private readonly options: DeliveryOptions,
  ) {
    this.logger = new Logger(`Subscription ${subscription.subscriptionID}`);
    const name = deliveryCheckpoint(subscription.subscriptionID);
    this.follower = new LogFollower(events, reads, { name, batchSize: options.batchSize, heartbeatMs: options.heartbeatMs }, (batch, from) =>
      this.handle(batch, from),
    );
  }

  async start(): Promise<void> {
    await this.startAfterSubscribing();
    this.follower.start();
  }

  async stop(): Promise<void> {
    this.signal.abort();
    await this.follower.stop();
  }

  /** A new subscription's checkpoint starts where it was made: only what is recorded from then on is delivered. */
  private async startAfterSubscribing(): Promise<void> {
    const name = deliveryCheckpoint(this.subscription.subscriptionID);
    if ((await this.reads.checkpoint(name)) > 0) return;
    await this.reads.apply([], { name, expected: 0, position: this.subscription.position }).catch((error: unknown) => {
      if (!(error instanceof CheckpointMoved)) throw error;
    });
  }

  private async handle(batch: RecordedEvent[], from: number): Promise<void> {
    const last = batch[batch.length - 1].position;
    // What a batch holds is read from the EPCIS read models: they must include it first.
    if (!(await readModelsReach(this.reads, READ_MODELS_CHECKPOINT, last, { signal: this.signal.signal }))) throw new Error('stopped');
    const { subscriptionID, queryName, filter } = this.subscription;
    const positions = this.beforeEnd(batch).map((event) => event.position);
    const matched = await this.matching.at(filter, positions);
    if (matched.length) await this.deliver(await this.documents.of(matched, queryName, subscriptionID));
    await this.reads.apply([], { name: deliveryCheckpoint(subscriptionID), expected: from, position: last });
  }

  /** The events recorded while the subscription lasted: none from its end on (the watcher stops this delivery soon after). */
  private beforeEnd(batch: RecordedEvent[]): RecordedEvent[] {
    const end = batch.find((event) => event.type === 'EpcisUnsubscribed' && event.data.subscriptionID === this.subscription.subscriptionID);
    if (end) this.endedAt = end.position;
    return this.endedAt === null ? batch : batch.filter((event) => event.position < (this.endedAt as number));
  }

  private async deliver(document: Record<string, unknown>): Promise<void> {
    const { dest, signatureToken } = this.subscription;
    const problem = await destinationProblem(dest, this.options.allowHosts);
    if (problem) throw new Error(`destination ${dest} ${problem}`);
    const body = JSON.stringify(document);
    const response = await fetch(dest, {
      method: 'POST',
      headers: { 'content-type': 'application/ld+json', 'GS1-Signature': signatureOf(body, signatureToken) },
      body,
      // A redirect could lead anywhere, the internal network included: a destination answers itself.
      redirect: 'error',
      signal: AbortSignal.any([this.signal.signal, AbortSignal.timeout(this.options.timeoutMs)]),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`destination ${dest} answered ${response.status}`);
    this.logger.debug(`delivered to ${dest}`);
  }
}
