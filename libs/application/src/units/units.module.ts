import { Module } from '@nestjs/common';
import { GetLocationStockController } from './get-location-stock/get-location-stock.controller';
import { GetLocationStockHandler } from './get-location-stock/get-location-stock.handler';
import { ListLocationUnitsController } from './list-location-units/list-location-units.controller';
import { ListLocationUnitsHandler } from './list-location-units/list-location-units.handler';
import { AssignSerialController } from './assign-serial/assign-serial.controller';
import { AssignSerialHandler } from './assign-serial/assign-serial.handler';
import { AssignSerialsController } from './assign-serials/assign-serials.controller';
import { AssignSerialsHandler } from './assign-serials/assign-serials.handler';
import { ChangeUnitHandler } from './change-unit/change-unit.handler';
import { UnitLifecycleController } from './change-unit/unit-lifecycle.controller';
import { GetUnitHistoryController } from './get-unit-history/get-unit-history.controller';
import { GetUnitHistoryHandler } from './get-unit-history/get-unit-history.handler';
import { GetUnitController } from './get-unit/get-unit.controller';
import { GetUnitHandler } from './get-unit/get-unit.handler';
import { SharedModule } from '../shared/shared.module';

/** Units: serials assigned, their life, where they are now and their history; what is at a location. */
@Module({
  imports: [SharedModule],
  controllers: [
    AssignSerialsController,
    AssignSerialController,
    UnitLifecycleController,
    GetUnitController,
    GetUnitHistoryController,
    ListLocationUnitsController,
    GetLocationStockController,
  ],
  providers: [
    AssignSerialHandler,
    AssignSerialsHandler,
    ChangeUnitHandler,
    GetUnitHandler,
    GetUnitHistoryHandler,
    ListLocationUnitsHandler,
    GetLocationStockHandler,
  ],
})
export class UnitsModule {}
