import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '../route-access';
import { ListKeysQuery } from './list-keys.query';
import { KeysResponse } from './list-keys.response';

@ApiTags('keys')
@Controller('v1/keys')
export class ListKeysController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequiresRole('admin')
  @ApiOperation({ summary: 'Every API key: name, roles, issue, expiry, revocation (never a secret or its hash)' })
  @ApiOkResponse({ type: KeysResponse })
  list(): Promise<KeysResponse> {
    return this.queries.execute(new ListKeysQuery());
  }
}
