import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { Page, PageOf } from '../../shared/responses';
import { ProductResponse } from '../get-product/get-product.response';
import { ListProductsQuery } from './list-products.query';
import { ListProductsRequest } from './list-products.request';

@ApiTags('products')
@Controller('v1/products')
export class ListProductsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Products by SKU, in pages; with gtin, the product that GTIN names' })
  @ApiOkResponse({ type: PageOf(ProductResponse) })
  @ApiErrors({ 400: true })
  list(@Query() filter: ListProductsRequest): Promise<Page<ProductResponse>> {
    return this.queries.execute(new ListProductsQuery(filter));
  }
}
