import { DynamicModule, Module } from '@nestjs/common';
import { ApplicationModule, EpcisSubscriptionsModule, RecallReactorModule } from '@trace/application';
import { AppConfig, Clock } from '@trace/config';
import { GracefulDrain } from '@trace/http';
import { StoresModule } from '@trace/composition';
import { ProjectorModule } from '@trace/projector';
import { ProjectorThread } from './projector-thread';

export interface ApiOptions {
  /**
   * Run the read-model projector, the recall reactor and EPCIS deliveries in this process too: in a worker thread of
   * their own (`npm start`), or as modules of this app, on its event loop (the in-process tests).
   */
  withProjector: boolean | 'thread';
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: ApiOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        StoresModule.forRoot(config, options.clock),
        ApplicationModule,
        ...(options.withProjector === true ? [ProjectorModule, RecallReactorModule, EpcisSubscriptionsModule] : []),
      ],
      providers: [GracefulDrain, ...(options.withProjector === 'thread' ? [ProjectorThread] : [])],
    };
  }
}
