import { Query } from '@nestjs/cqrs';
import { Page } from '../../shared/responses';
import { ClaimResponse } from '../claim-view';
import { ListClaimsRequest } from './list-claims.request';

export class ListClaimsQuery extends Query<Page<ClaimResponse>> {
  constructor(readonly filter: ListClaimsRequest) {
    super();
  }
}
