import { Query } from '@nestjs/cqrs';
import { ClaimResponse } from '../claim-view';

export class GetClaimQuery extends Query<ClaimResponse> {
  constructor(readonly claimId: string) {
    super();
  }
}
