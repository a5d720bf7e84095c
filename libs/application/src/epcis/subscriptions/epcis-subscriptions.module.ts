import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@trace/config';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { FollowerLifecycle } from '@trace/projector';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { EpcisEvents } from '../query/epcis-events';
import { EpcisQueryDocuments } from '../query/epcis-query-document';
import { SecretSealer } from '../../shared/secret-sealer';
import { SubscriptionDeliveries } from './subscription-deliveries';

/** How long a subscriber's endpoint may take to answer one delivery. */
const DELIVERY_TIMEOUT_MS = 10_000;

/** Runs EPCIS subscriptions' deliveries wherever the projector runs (they read the EPCIS read models it builds). */
@Module({
  providers: [
    {
      provide: SubscriptionDeliveries,
      inject: [EVENT_STORE, READ_STORE, APP_CONFIG],
      useFactory: (events: EventStore, reads: ReadStore, config: AppConfig) =>
        new SubscriptionDeliveries(events, reads, new EpcisEvents(reads), new EpcisQueryDocuments(reads), new SecretSealer(config), {
          batchSize: 500,
          heartbeatMs: config.heartbeatMs,
          allowHosts: config.webhookAllowHosts,
          timeoutMs: DELIVERY_TIMEOUT_MS,
        }),
    },
    { provide: FollowerLifecycle, inject: [SubscriptionDeliveries], useFactory: (deliveries: SubscriptionDeliveries) => new FollowerLifecycle(deliveries) },
  ],
})
export class EpcisSubscriptionsModule {}
