import { Module } from '@nestjs/common';
import { AssemblyController } from './assembly.controller';
import { ConsumeLotHandler } from './consume-lot/consume-lot.handler';
import { GetGenealogyController } from './get-genealogy/get-genealogy.controller';
import { GetGenealogyHandler } from './get-genealogy/get-genealogy.handler';
import { InstallComponentHandler } from './install-component/install-component.handler';
import { RemoveComponentHandler } from './remove-component/remove-component.handler';
import { TraceLotHandler } from './trace-lot/trace-lot.handler';
import { SharedModule } from '../shared/shared.module';

/** Genealogy: what units are built from (components, consumed lots) and where a lot went at any depth. */
@Module({
  imports: [SharedModule],
  controllers: [AssemblyController, GetGenealogyController],
  providers: [InstallComponentHandler, RemoveComponentHandler, ConsumeLotHandler, GetGenealogyHandler, TraceLotHandler],
})
export class GenealogyModule {}
