import { ListContainersController } from './list-containers/list-containers.controller';
import { ListContainersHandler } from './list-containers/list-containers.handler';
import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { ChangeContainerHandler } from './change-container/change-container.handler';
import { ContainerLoader } from './container-loader';
import { CreateContainerController } from './create-container/create-container.controller';
import { CreateContainerHandler } from './create-container/create-container.handler';
import { GetContainerController } from './get-container/get-container.controller';
import { GetContainerHandler } from './get-container/get-container.handler';
import { MoveContainerController } from './move-container/move-container.controller';
import { PackContentsController } from './pack-contents/pack-contents.controller';
import { PackContentsHandler } from './pack-contents/pack-contents.handler';
import { ReceiveContainerController } from './receive-container/receive-container.controller';
import { ShipContainerController } from './ship-container/ship-container.controller';
import { UnpackContainerController } from './unpack-container/unpack-container.controller';
import { UnpackContainerHandler } from './unpack-container/unpack-container.handler';
import { UnpackUnitController } from './unpack-unit/unpack-unit.controller';
import { UnpackUnitHandler } from './unpack-unit/unpack-unit.handler';

/** Containers: cases, pallets, trailers; packing, and moving everything inside at once. */
@Module({
  imports: [SharedModule],
  controllers: [
    CreateContainerController,
    ListContainersController,
    PackContentsController,
    UnpackUnitController,
    UnpackContainerController,
    MoveContainerController,
    ShipContainerController,
    ReceiveContainerController,
    GetContainerController,
  ],
  providers: [
    ListContainersHandler,
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
