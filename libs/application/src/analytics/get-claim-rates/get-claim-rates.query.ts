import { Query } from '@nestjs/cqrs';
import { ClaimRatesResponse, ClaimRateGrouping } from './get-claim-rates.response';

export class GetClaimRatesQuery extends Query<ClaimRatesResponse> {
  constructor(
    readonly sku: string,
    readonly by: ClaimRateGrouping,
  ) {
    super();
  }
}
