import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { GetProductController } from './get-product/get-product.controller';
import { GetProductHandler } from './get-product/get-product.handler';
import { ListProductsController } from './list-products/list-products.controller';
import { ListProductsHandler } from './list-products/list-products.handler';
import { RegisterProductController } from './register-product/register-product.controller';
import { RegisterProductHandler } from './register-product/register-product.handler';

/** Products: the catalogue of SKUs and the GTINs that scans identify them by. */
@Module({
  imports: [SharedModule],
  controllers: [RegisterProductController, ListProductsController, GetProductController],
  providers: [RegisterProductHandler, ListProductsHandler, GetProductHandler],
})
export class ProductsModule {}
