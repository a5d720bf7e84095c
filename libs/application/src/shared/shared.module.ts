import { Module } from '@nestjs/common';
import { LotPendingHolds } from './lot-pending-holds';
import { PendingHolds } from './pending-holds';
import { ReadModelsPosition } from './read-models-position';
import { SecretSealer } from './secret-sealer';
import { StreamCommands } from './stream-commands';
import { UnitLoader } from './unit-loader';
import { UnitViews } from './unit-view';

/** What use cases of several contexts share: the command loop, unit loading and views, pending recall holds, sealed secrets. */
@Module({
  providers: [StreamCommands, ReadModelsPosition, UnitLoader, UnitViews, PendingHolds, LotPendingHolds, SecretSealer],
  exports: [StreamCommands, ReadModelsPosition, UnitLoader, UnitViews, PendingHolds, LotPendingHolds, SecretSealer],
})
export class SharedModule {}
