import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module';
import { SharedModule } from '../shared/shared.module';
import { AdjustLotController } from './adjust-lot/adjust-lot.controller';
import { ChangeLotHandler } from './change-lot/change-lot.handler';
import { CloseLotShipmentController } from './close-lot-shipment/close-lot-shipment.controller';
import { ConsumeLotStockController } from './consume-lot-stock/consume-lot-stock.controller';
import { ConsumeIntoLotHandler } from './consume-lot-stock/consume-lot-stock.handler';
import { DisposeLotController } from './dispose-lot/dispose-lot.controller';
import { GetLotController } from './get-lot/get-lot.controller';
import { ListLotsController } from './list-lots/list-lots.controller';
import { ListLotsHandler } from './list-lots/list-lots.handler';
import { GetLotGenealogyController } from './get-lot-genealogy/get-lot-genealogy.controller';
import { GetLotGenealogyHandler } from './get-lot-genealogy/get-lot-genealogy.handler';
import { GetLotStockController } from './get-lot-stock/get-lot-stock.controller';
import { GetLotStockHandler } from './get-lot-stock/get-lot-stock.handler';
import { ListLocationLotsController } from './list-location-lots/list-location-lots.controller';
import { ListLocationLotsHandler } from './list-location-lots/list-location-lots.handler';
import { GetLotHandler } from './get-lot/get-lot.handler';
import { ListLotUnitsController } from './list-lot-units/list-lot-units.controller';
import { ListLotUnitsHandler } from './list-lot-units/list-lot-units.handler';
import { MoveLotStockController } from './move-lot-stock/move-lot-stock.controller';
import { ReceiveLotController } from './receive-lot/receive-lot.controller';
import { RegisterLotController } from './register-lot/register-lot.controller';
import { RegisterLotHandler } from './register-lot/register-lot.handler';
import { ReturnLotController } from './return-lot/return-lot.controller';
import { SellLotController } from './sell-lot/sell-lot.controller';
import { ShipLotController } from './ship-lot/ship-lot.controller';

/** Lots: registering them, their quantities as they move, are consumed and sold, and what they are and hold now. */
@Module({
  imports: [SharedModule, AnalyticsModule],
  controllers: [
    RegisterLotController,
    ListLotsController,
    GetLotController,
    ListLotUnitsController,
    MoveLotStockController,
    ShipLotController,
    ReceiveLotController,
    CloseLotShipmentController,
    SellLotController,
    ReturnLotController,
    ConsumeLotStockController,
    AdjustLotController,
    DisposeLotController,
    GetLotStockController,
    ListLocationLotsController,
    GetLotGenealogyController,
  ],
  providers: [
    RegisterLotHandler,
    ListLotsHandler,
    GetLotHandler,
    ListLotUnitsHandler,
    ChangeLotHandler,
    ConsumeIntoLotHandler,
    GetLotStockHandler,
    ListLocationLotsHandler,
    GetLotGenealogyHandler,
  ],
})
export class LotsModule {}
