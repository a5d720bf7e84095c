import { Logger } from '@nestjs/common';
import { EpcisEvent, epcisQueryStream } from '@trace/domain';
import { EventStore } from '@trace/event-store';
import { epcisSubscriptionsModel } from '@trace/projections';
import { ReadStore } from '@trace/read-store';
import { sleep } from '@trace/shared';
import { recordedFacts } from '../../shared/event-envelopes';
import { allRows } from '../../shared/paging';
import { SecretSealer, UnsealableSecret } from '../../shared/secret-sealer';
import { EpcisEvents } from '../query/epcis-events';
import { EpcisQueryDocuments } from '../query/epcis-query-document';
import { namedQueryFilter } from './named-query';
import { DeliveryOptions, Subscription, SubscriptionDelivery } from './subscription-delivery';

/** How often the subscriptions read model is looked at for subscriptions made or ended. */
const WATCH_MS = 1_000;

/**
 * Runs a delivery for every subscription, wherever the projector runs: it watches the subscriptions read model,
 * starts a delivery for each new one (its query and secret read from the query's stream) and stops those ended.
 */
export class SubscriptionDeliveries {
  private readonly logger = new Logger(SubscriptionDeliveries.name);
  private readonly running = new Map<string, SubscriptionDelivery>();
  /** Subscriptions whose token this process's key does not open: told once, skipped until the key is mended. */
  private readonly unopened = new Set<string>();
  private controller = new AbortController();
  private watching?: Promise<void>;

  constructor(
    private readonly events: EventStore,
    private readonly reads: ReadStore,
    private readonly matching: EpcisEvents,
    private readonly documents: EpcisQueryDocuments,
    private readonly sealer: SecretSealer,
    private readonly options: DeliveryOptions,
  ) {}

  start(): void {
    this.controller = new AbortController();
    this.watching = this.watch(this.controller.signal);
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await this.watching;
    await Promise.all([...this.running.values()].map((delivery) => delivery.stop()));
    this.running.clear();
  }

  private async watch(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.reconcile();
      } catch (error) {
        this.logger.warn(`subscriptions not read: ${(error as Error).message}; trying again`);
      }
      await sleep(WATCH_MS, signal).catch(() => undefined);
    }
  }

  private async reconcile(): Promise<void> {
    const current = new Set<string>();
    for await (const row of allRows(this.reads, epcisSubscriptionsModel, {})) {
      current.add(row.subscriptionID);
      if (this.running.has(row.subscriptionID)) continue;
      const subscription = await this.subscription(row.queryName, row.subscriptionID, row.position).catch((error: unknown) => {
        if (!(error instanceof UnsealableSecret)) throw error;
        if (!this.unopened.has(row.subscriptionID)) this.logger.error(`subscription ${row.subscriptionID} is not delivered: ${error.message}`);
        this.unopened.add(row.subscriptionID);
        return null;
      });
      if (!subscription) continue;
      this.unopened.delete(row.subscriptionID);
      const delivery = new SubscriptionDelivery(this.events, this.reads, this.matching, this.documents, subscription, this.options);
      this.running.set(row.subscriptionID, delivery);
      await delivery.start();
    }
    for (const [subscriptionID, delivery] of this.running) {
      if (current.has(subscriptionID)) continue;
      this.running.delete(subscriptionID);
      await delivery.stop();
    }
  }

  /** A subscription from its query's stream (the read model lags it, or it was ended since: then none). */
  private async subscription(queryName: string, subscriptionID: string, position: number): Promise<Subscription | null> {
    let query: Record<string, string> | null = null;
    let made: Extract<EpcisEvent, { type: 'EpcisSubscribed' }>['data'] | null = null;
    for (const event of recordedFacts<EpcisEvent>(await this.events.readStream(epcisQueryStream(queryName)))) {
      if (event.type === 'EpcisQueryDefined') query = event.data.query;
      if (event.type === 'EpcisSubscribed' && event.data.subscriptionID === subscriptionID) made = event.data;
      if (event.type === 'EpcisUnsubscribed' && event.data.subscriptionID === subscriptionID) made = null;
    }
    if (!query || !made) return null;
    const signatureToken = 'sealedSignatureToken' in made ? await this.sealer.open(made.sealedSignatureToken, subscriptionID) : made.signatureToken;
    return { subscriptionID, queryName, dest: made.dest, signatureToken, filter: namedQueryFilter(query), position };
  }
}
