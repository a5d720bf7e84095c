import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { claimsModel } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore } from '@trace/read-store';
import { ClaimResponse, claimView } from '../claim-view';
import { GetClaimQuery } from './get-claim.query';

@QueryHandler(GetClaimQuery)
export class GetClaimHandler implements IQueryHandler<GetClaimQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ claimId }: GetClaimQuery): Promise<ClaimResponse> {
    const claim = await getDocument(this.reads, claimsModel, { claimId });
    if (!claim) throw new NotFound(`claim ${claimId} not found`);
    return claimView(claim);
  }
}
