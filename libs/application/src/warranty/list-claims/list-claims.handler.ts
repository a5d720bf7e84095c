import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ClaimDocument, claimsModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { givenFilters, pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { ClaimResponse, claimView } from '../claim-view';
import { ListClaimsQuery } from './list-claims.query';

/** Claims by claim id, filtered by state, SKU, lot and customer: the most selective given is the index, the rest narrow. */
@QueryHandler(ListClaimsQuery)
export class ListClaimsHandler implements IQueryHandler<ListClaimsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ filter }: ListClaimsQuery): Promise<Page<ClaimResponse>> {
    const { state, sku, lotId, customer } = filter;
    const page = await pageOf(this.reads, claimsModel, givenFilters<ClaimDocument>({ state, sku, lotId, customer }), filter);
    return { items: page.items.map(claimView), nextCursor: page.nextCursor };
  }
}
