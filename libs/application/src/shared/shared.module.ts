import { Module } from '@nestjs/common';
import { PendingHolds } from './pending-holds';
import { ReadModelsPosition } from './read-models-position';
import { StreamCommands } from './stream-commands';
import { UnitLoader } from './unit-loader';
import { UnitViews } from './unit-view';

/** What use cases of several contexts share: the command loop, unit loading and views, pending recall holds. */
@Module({
  providers: [StreamCommands, ReadModelsPosition, UnitLoader, UnitViews, PendingHolds],
  exports: [StreamCommands, ReadModelsPosition, UnitLoader, UnitViews, PendingHolds],
})
export class SharedModule {}
