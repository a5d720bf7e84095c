import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, StoresModule } from '@trace/config';
import { ProjectorModule } from '@trace/projector';

@Module({})
export class ProjectorAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ProjectorAppModule, imports: [StoresModule.forRoot(config), ProjectorModule] };
  }
}
