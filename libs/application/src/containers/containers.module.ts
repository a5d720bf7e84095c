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
import { UnpackContainerController } from './unpack-container/unpack-container.controller';
import { UnpackContainerHandler } from './unpack-container/unpack-container.handler';
import { UnpackUnitController } from './unpack-unit/unpack-unit.controller';
import { UnpackUnitHandler } from './unpack-unit/unpack-unit.handler';
import { SharedModule } from '../shared/shared.module';

/** Containers: cases, pallets, trailers; packing, and moving everything inside at once. */
@Module({
  imports: [SharedModule],
  controllers: [
    CreateContainerController,
    PackContentsController,
    UnpackUnitController,
    UnpackContainerController,
    ContainersController,
    GetContainerController,
  ],
  providers: [
    ContainerLoader,
    CreateContainerHandler,
    PackContentsHandler,
    UnpackUnitHandler,
    UnpackContainerHandler,
    ChangeContainerHandler,
    GetContainerHandler,
  ],
})
export class ContainersModule {}
