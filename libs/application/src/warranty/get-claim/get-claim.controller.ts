import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { UnitRefResponse } from '../../shared/responses';
import { ClaimParams } from '../claim-params';
import { ClaimResponse } from '../claim-view';
import { GetClaimQuery } from './get-claim.query';

@ApiTags('warranty')
@ApiExtraModels(UnitRefResponse)
@Controller('v1/warranty-claims/:claimId')
export class GetClaimController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'A warranty claim: the unit, the claimant, the decision and the resolution' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors({ 400: true, 404: 'No such claim' })
  get(@Param() { claimId }: ClaimParams): Promise<ClaimResponse> {
    return this.queries.execute(new GetClaimQuery(claimId));
  }
}
