import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessModule } from './access/access.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { ContainersModule } from './containers/containers.module';
import { CountsModule } from './counts/counts.module';
import { EpcisModule } from './epcis/epcis.module';
import { WarrantyModule } from './warranty/warranty.module';
import { GenealogyModule } from './genealogy/genealogy.module';
import { HealthModule } from './health/health.module';
import { LotsModule } from './lots/lots.module';
import { ProductsModule } from './products/products.module';
import { ScansModule } from './scans/scans.module';
import { RecallsModule } from './recalls/recalls.module';
import { ReadYourWritesInterceptor } from './shared/read-your-writes';
import { SharedModule } from './shared/shared.module';
import { UnitsModule } from './units/units.module';

/** The HTTP API's bounded contexts, one module each; the stores come from the global StoresModule. */
@Module({
  imports: [
    CqrsModule.forRoot(),
    SharedModule,
    AccessModule,
    ProductsModule,
    ScansModule,
    LotsModule,
    UnitsModule,
    GenealogyModule,
    ContainersModule,
    RecallsModule,
    CountsModule,
    WarrantyModule,
    EpcisModule,
    AnalyticsModule,
    HealthModule,
  ],
  providers: [{ provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor }],
})
export class ApplicationModule {}
