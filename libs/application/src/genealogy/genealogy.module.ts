import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { ConsumeLotController } from './consume-lot/consume-lot.controller';
import { ConsumeLotHandler } from './consume-lot/consume-lot.handler';
import { GetGenealogyController } from './get-genealogy/get-genealogy.controller';
import { GetGenealogyHandler } from './get-genealogy/get-genealogy.handler';
import { InstallComponentController } from './install-component/install-component.controller';
import { InstallComponentHandler } from './install-component/install-component.handler';
import { RemoveComponentController } from './remove-component/remove-component.controller';
import { RemoveComponentHandler } from './remove-component/remove-component.handler';
import { TraceLotHandler } from './trace-lot/trace-lot.handler';

/** Genealogy: what units are built from (components, consumed lots) and where a lot went at any depth. */
@Module({
  imports: [SharedModule],
  controllers: [InstallComponentController, RemoveComponentController, ConsumeLotController, GetGenealogyController],
  providers: [InstallComponentHandler, RemoveComponentHandler, ConsumeLotHandler, GetGenealogyHandler, TraceLotHandler],
})
export class GenealogyModule {}
