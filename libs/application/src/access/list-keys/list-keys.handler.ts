import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiKeys } from '../api-keys';
import { ListKeysQuery } from './list-keys.query';
import { KeysResponse } from './list-keys.response';

/** The register is one small stream (keys are issued by hand): read whole, in the order keys were issued. */
@QueryHandler(ListKeysQuery)
export class ListKeysHandler implements IQueryHandler<ListKeysQuery> {
  constructor(private readonly keys: ApiKeys) {}

  async execute(): Promise<KeysResponse> {
    return { items: await this.keys.list() };
  }
}
