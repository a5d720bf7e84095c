import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { SkuParams } from '../../shared/validators';
import { GetProductQuery } from './get-product.query';
import { ProductResponse, WarrantyTermsResponse } from './get-product.response';

@ApiTags('products')
@ApiExtraModels(WarrantyTermsResponse)
@Controller('v1/products/:sku')
export class GetProductController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'A product of the catalogue' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiErrors({ 400: true, 404: 'No such product' })
  get(@Param() { sku }: SkuParams): Promise<ProductResponse> {
    return this.queries.execute(new GetProductQuery(sku));
  }
}
