import { Module } from '@nestjs/common';
import { CloseRecallController } from './close-recall/close-recall.controller';
import { CloseRecallHandler } from './close-recall/close-recall.handler';
import { GetRecallController } from './get-recall/get-recall.controller';
import { GetRecallHandler } from './get-recall/get-recall.handler';
import { ListRecallUnitsController } from './list-recall-units/list-recall-units.controller';
import { RecallUnits } from './list-recall-units/recall-units';
import { OpenRecallController } from './open-recall/open-recall.controller';
import { OpenRecallHandler } from './open-recall/open-recall.handler';
import { ResolveUnitController } from './resolve-unit/resolve-unit.controller';
import { SharedModule } from '../shared/shared.module';

/** Recalls: opening them, their progress and affected units, resolving units, closing. */
@Module({
  imports: [SharedModule],
  controllers: [OpenRecallController, GetRecallController, ListRecallUnitsController, ResolveUnitController, CloseRecallController],
  providers: [RecallUnits, OpenRecallHandler, CloseRecallHandler, GetRecallHandler],
})
export class RecallsModule {}
