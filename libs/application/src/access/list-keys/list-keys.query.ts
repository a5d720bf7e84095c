import { Query } from '@nestjs/cqrs';
import { KeysResponse } from './list-keys.response';

export class ListKeysQuery extends Query<KeysResponse> {}
