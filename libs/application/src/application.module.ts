import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { HealthController } from './health/health.controller';
import { GetLocationStockController } from './locations/get-location-stock/get-location-stock.controller';
import { GetLocationStockHandler } from './locations/get-location-stock/get-location-stock.handler';
import { ListLocationUnitsController } from './locations/list-location-units/list-location-units.controller';
import { ListLocationUnitsHandler } from './locations/list-location-units/list-location-units.handler';
import { GetLotController } from './lots/get-lot/get-lot.controller';
import { GetLotHandler } from './lots/get-lot/get-lot.handler';
import { ListLotUnitsController } from './lots/list-lot-units/list-lot-units.controller';
import { ListLotUnitsHandler } from './lots/list-lot-units/list-lot-units.handler';
import { RegisterLotController } from './lots/register-lot/register-lot.controller';
import { RegisterLotHandler } from './lots/register-lot/register-lot.handler';
import { ReadYourWritesInterceptor } from './shared/read-your-writes';
import { StreamCommands } from './shared/stream-commands';
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
  imports: [CqrsModule.forRoot()],
  controllers: [
    RegisterLotController,
    GetLotController,
    ListLotUnitsController,
    // The batch route before the per-unit routes, so "batch" is never read as a SKU.
    AssignSerialsController,
    AssignSerialController,
    UnitLifecycleController,
    GetUnitController,
    GetUnitHistoryController,
    ListLocationUnitsController,
    GetLocationStockController,
    HealthController,
  ],
  providers: [
    StreamCommands,
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
    RegisterLotHandler,
    AssignSerialHandler,
    AssignSerialsHandler,
    ChangeUnitHandler,
    GetLotHandler,
    ListLotUnitsHandler,
    GetUnitHandler,
    GetUnitHistoryHandler,
    ListLocationUnitsHandler,
    GetLocationStockHandler,
  ],
})
export class ApplicationModule {}
