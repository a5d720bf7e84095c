import { Module } from '@nestjs/common';
import { ChangeContainerHandler } from './change-container/change-container.handler';
import { ContainerLoader } from './container-loader';
import { ContainersController } from './containers.controller';
import { CreateContainerController } from './create-container/create-container.controller';
import { CreateContainerHandler } from './create-container/create-container.handler';
import { GetContainerController } from './get-container/get-container.controller';
import { GetContainerHandler } from './get-container/get-container.handler';
import { PackContentsController } from './pack-contents/pack-contents.controller';
import { PackContentsHandler } from './pack-contents/pack-contents.handler';
import { UnpackContentsHandler } from './unpack-contents/unpack-contents.handler';
import { SharedModule } from '../shared/shared.module';

/** Containers: cases, pallets, trailers; packing, and moving everything inside at once. */
@Module({
  imports: [SharedModule],
  controllers: [CreateContainerController, PackContentsController, ContainersController, GetContainerController],
  providers: [ContainerLoader, CreateContainerHandler, PackContentsHandler, UnpackContentsHandler, ChangeContainerHandler, GetContainerHandler],
})
export class ContainersModule {}
