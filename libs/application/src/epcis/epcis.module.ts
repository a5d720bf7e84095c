import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { CaptureDocumentController } from './capture-document/capture-document.controller';
import { CaptureDocumentHandler } from './capture-document/capture-document.handler';
import { CaptureEventController } from './capture-event/capture-event.controller';
import { CaptureEventHandler } from './capture-event/capture-event.handler';
import { CaptureLimitsController } from './capture-limits/capture-limits.controller';
import { EpcisApplier } from './epcis-applier';
import { EpcisLotStock } from './epcis-lot-stock';
import { EpcisCapture } from './epcis-capture';
import { GetCaptureController } from './get-capture/get-capture.controller';
import { GetCaptureHandler } from './get-capture/get-capture.handler';
import { DefineQueryController } from './define-query/define-query.controller';
import { DefineQueryHandler } from './define-query/define-query.handler';
import { GetEventController } from './get-event/get-event.controller';
import { GetEventHandler } from './get-event/get-event.handler';
import { ListEpcEventsController } from './list-epc-events/list-epc-events.controller';
import { EpcisEvents } from './query/epcis-events';
import { EpcisQueryDocuments } from './query/epcis-query-document';
import { QueryEventsController } from './query-events/query-events.controller';
import { QueryEventsHandler } from './query-events/query-events.handler';
import { SubscribeController } from './subscribe/subscribe.controller';
import { SubscribeHandler } from './subscribe/subscribe.handler';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';
import { UnsubscribeHandler } from './unsubscribe/unsubscribe.handler';

/** EPCIS 2.0: capture, query and subscriptions in the REST binding, over the same domain as the native API. */
@Module({
  imports: [SharedModule],
  controllers: [
    CaptureDocumentController,
    CaptureLimitsController,
    GetCaptureController,
    CaptureEventController,
    QueryEventsController,
    GetEventController,
    ListEpcEventsController,
    DefineQueryController,
    SubscribeController,
    UnsubscribeController,
  ],
  providers: [
    EpcisApplier,
    EpcisLotStock,
    EpcisCapture,
    EpcisEvents,
    EpcisQueryDocuments,
    CaptureDocumentHandler,
    GetCaptureHandler,
    CaptureEventHandler,
    QueryEventsHandler,
    GetEventHandler,
    DefineQueryHandler,
    SubscribeHandler,
    UnsubscribeHandler,
  ],
})
export class EpcisModule {}
