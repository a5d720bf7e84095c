import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { ChangeContainerHandler } from './containers/change-container/change-container.handler';
import { ContainerLoader } from './containers/container-loader';
import { ContainersController } from './containers/containers.controller';
import { CreateContainerHandler } from './containers/create-container/create-container.handler';
import { GetContainerController } from './containers/get-container/get-container.controller';
import { GetContainerHandler } from './containers/get-container/get-container.handler';
import { PackContentsHandler } from './containers/pack-contents/pack-contents.handler';
import { UnpackContentsHandler } from './containers/unpack-contents/unpack-contents.handler';
import { AssemblyController } from './genealogy/assembly.controller';
import { ConsumeLotHandler } from './genealogy/consume-lot/consume-lot.handler';
import { GetGenealogyController } from './genealogy/get-genealogy/get-genealogy.controller';
import { GetGenealogyHandler } from './genealogy/get-genealogy/get-genealogy.handler';
import { InstallComponentHandler } from './genealogy/install-component/install-component.handler';
import { RemoveComponentHandler } from './genealogy/remove-component/remove-component.handler';
import { TraceLotHandler } from './genealogy/trace-lot/trace-lot.handler';
import { CloseRecallController } from './recalls/close-recall/close-recall.controller';
import { CloseRecallHandler } from './recalls/close-recall/close-recall.handler';
import { GetRecallController } from './recalls/get-recall/get-recall.controller';
import { GetRecallHandler } from './recalls/get-recall/get-recall.handler';
import { ListRecallUnitsController } from './recalls/list-recall-units/list-recall-units.controller';
import { RecallUnits } from './recalls/list-recall-units/recall-units';
import { OpenRecallController } from './recalls/open-recall/open-recall.controller';
import { OpenRecallHandler } from './recalls/open-recall/open-recall.handler';
import { ResolveUnitController } from './recalls/resolve-unit/resolve-unit.controller';
import { HealthController } from './health/health.controller';
import { GetLocationStockController } from './locations/get-location-stock/get-location-stock.controller';
import { GetLocationStockHandler } from './locations/get-location-stock/get-location-stock.handler';
import { ListLocationUnitsController } from './locations/list-location-units/list-location-units.controller';
import { ListLocationUnitsHandler } from './locations/list-location-units/list-location-units.handler';
import { ReadYourWritesInterceptor } from './shared/read-your-writes';
import { LotsModule } from './lots/lots.module';
import { SharedModule } from './shared/shared.module';
import { AssignSerialController } from './units/assign-serial/assign-serial.controller';
import { AssignSerialHandler } from './units/assign-serial/assign-serial.handler';
import { AssignSerialsController } from './units/assign-serials/assign-serials.controller';
import { AssignSerialsHandler } from './units/assign-serials/assign-serials.handler';
import { ChangeUnitHandler } from './units/change-unit/change-unit.handler';
import { UnitLifecycleController } from './units/change-unit/unit-lifecycle.controller';
import { GetUnitHistoryController } from './units/get-unit-history/get-unit-history.controller';
import { GetUnitHistoryHandler } from './units/get-unit-history/get-unit-history.handler';
import { GetUnitController } from './units/get-unit/get-unit.controller';
import { GetUnitHandler } from './units/get-unit/get-unit.handler';

/** Every use case of the HTTP API; the stores come from the global StoresModule. */
@Module({
  imports: [CqrsModule.forRoot(), TerminusModule, SharedModule, LotsModule],
  controllers: [
    // The batch route before the per-unit routes, so "batch" is never read as a SKU.
    AssignSerialsController,
    AssignSerialController,
    UnitLifecycleController,
    GetUnitController,
    GetUnitHistoryController,
    ListLocationUnitsController,
    GetLocationStockController,
    AssemblyController,
    GetGenealogyController,
    ContainersController,
    GetContainerController,
    OpenRecallController,
    GetRecallController,
    ListRecallUnitsController,
    ResolveUnitController,
    CloseRecallController,
    HealthController,
  ],
  providers: [
    ContainerLoader,
    RecallUnits,
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
    AssignSerialHandler,
    AssignSerialsHandler,
    ChangeUnitHandler,
    GetUnitHandler,
    GetUnitHistoryHandler,
    ListLocationUnitsHandler,
    GetLocationStockHandler,
    InstallComponentHandler,
    RemoveComponentHandler,
    ConsumeLotHandler,
    GetGenealogyHandler,
    TraceLotHandler,
    OpenRecallHandler,
    CloseRecallHandler,
    GetRecallHandler,
    CreateContainerHandler,
    PackContentsHandler,
    UnpackContentsHandler,
    ChangeContainerHandler,
    GetContainerHandler,
  ],
})
export class ApplicationModule {}
