import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { GetClaimRatesQuery } from './get-claim-rates.query';
import { GetClaimRatesRequest } from './get-claim-rates.request';
import { ClaimRatesResponse } from './get-claim-rates.response';

@ApiTags('analytics')
@Controller('v1/analytics/claim-rates')
export class GetClaimRatesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary:
      'Lots of a SKU ranked by warranty claims per unit sold, highest first, each against the SKU as a whole: by the units’ own lot, or by the lots in their genealogy (component-lot); an unknown SKU has no lots',
  })
  @ApiOkResponse({ type: ClaimRatesResponse })
  @ApiErrors({ 400: true })
  get(@Query() { sku, by = 'lot' }: GetClaimRatesRequest): Promise<ClaimRatesResponse> {
    return this.queries.execute(new GetClaimRatesQuery(sku, by));
  }
}
