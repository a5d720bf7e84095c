import { ListUnitsController } from './list-units/list-units.controller';
import { ListUnitsHandler } from './list-units/list-units.handler';
import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { AssignSerialController } from './assign-serial/assign-serial.controller';
import { AssignSerialHandler } from './assign-serial/assign-serial.handler';
import { AssignSerialsController } from './assign-serials/assign-serials.controller';
import { AssignSerialsHandler } from './assign-serials/assign-serials.handler';
import { ChangeUnitHandler } from './change-unit/change-unit.handler';
import { GetLocationStockController } from './get-location-stock/get-location-stock.controller';
import { GetLocationStockHandler } from './get-location-stock/get-location-stock.handler';
import { GetUnitHistoryController } from './get-unit-history/get-unit-history.controller';
import { GetUnitHistoryHandler } from './get-unit-history/get-unit-history.handler';
import { GetUnitController } from './get-unit/get-unit.controller';
import { GetUnitHandler } from './get-unit/get-unit.handler';
import { ListLocationUnitsController } from './list-location-units/list-location-units.controller';
import { ListLocationUnitsHandler } from './list-location-units/list-location-units.handler';
import { MoveUnitController } from './move-unit/move-unit.controller';
import { ReceiveUnitController } from './receive-unit/receive-unit.controller';
import { RepairUnitController } from './repair-unit/repair-unit.controller';
import { ReturnUnitController } from './return-unit/return-unit.controller';
import { ScrapUnitController } from './scrap-unit/scrap-unit.controller';
import { SellUnitController } from './sell-unit/sell-unit.controller';
import { ShipUnitController } from './ship-unit/ship-unit.controller';

/**
 * Units: serials assigned, their life, where they are now and their history; what is at a location. The seven
 * lifecycle routes share one command and handler: the unit decider decides them all.
 */
@Module({
  imports: [SharedModule],
  controllers: [
    // The batch route before the per-unit ones.
    AssignSerialsController,
    ListUnitsController,
    AssignSerialController,
    MoveUnitController,
    ShipUnitController,
    ReceiveUnitController,
    SellUnitController,
    ReturnUnitController,
    RepairUnitController,
    ScrapUnitController,
    GetUnitController,
    GetUnitHistoryController,
    ListLocationUnitsController,
    GetLocationStockController,
  ],
  providers: [
    AssignSerialHandler,
    ListUnitsHandler,
    AssignSerialsHandler,
    ChangeUnitHandler,
    GetUnitHandler,
    GetUnitHistoryHandler,
    ListLocationUnitsHandler,
    GetLocationStockHandler,
  ],
})
export class UnitsModule {}
