import { DynamicModule, Module } from '@nestjs/common';
import { ApplicationModule, EpcisSubscriptionsModule, RecallReactorModule } from '@trace/application';
import { AppConfig, Clock } from '@trace/config';
import { GracefulDrain } from '@trace/http';
import { StoresModule } from '@trace/composition';
import { ProjectorModule } from '@trace/projector';

export interface ApiOptions {
  /** Run the read-model projector and the recall reactor in this process too (`npm start`). */
  withProjector: boolean;
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
        ...(options.withProjector ? [ProjectorModule, RecallReactorModule, EpcisSubscriptionsModule] : []),
      ],
      providers: [GracefulDrain],
    };
  }
}
