import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@trace/config';
import { StoresModule } from '@trace/composition';
import { ProjectorModule } from '@trace/projector';
import { EpcisSubscriptionsModule, RecallReactorModule } from '@trace/application';

/** The projector process: read models and the recall reactor, which follow the log side by side. */
@Module({})
export class ProjectorAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ProjectorAppModule, imports: [StoresModule.forRoot(config), ProjectorModule, RecallReactorModule, EpcisSubscriptionsModule] };
  }
}
