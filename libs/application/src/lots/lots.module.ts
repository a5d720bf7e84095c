import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { GetLotController } from './get-lot/get-lot.controller';
import { GetLotHandler } from './get-lot/get-lot.handler';
import { ListLotUnitsController } from './list-lot-units/list-lot-units.controller';
import { ListLotUnitsHandler } from './list-lot-units/list-lot-units.handler';
import { RegisterLotController } from './register-lot/register-lot.controller';
import { RegisterLotHandler } from './register-lot/register-lot.handler';

/** Lots: registering them, and what they are and hold now. */
@Module({
  imports: [SharedModule],
  controllers: [RegisterLotController, GetLotController, ListLotUnitsController],
  providers: [RegisterLotHandler, GetLotHandler, ListLotUnitsHandler],
})
export class LotsModule {}
