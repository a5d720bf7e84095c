import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { RequiresRole } from '../route-access';
import { IssueKeyCommand } from './issue-key.command';
import { IssueKeyRequest } from './issue-key.request';
import { IssuedKeyResponse } from './issue-key.response';

@ApiTags('keys')
@Controller('v1/keys')
export class IssueKeyController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('admin')
  @ApiOperation({ summary: 'Issue an API key with roles; its secret is in this answer only' })
  @ApiCreatedResponse({ type: IssuedKeyResponse })
  @ApiErrors({ 400: true, 409: 'A key of that name exists (names stay taken after a revocation)' })
  issue(@Body() body: IssueKeyRequest, @CommandMeta() context: CommandContext): Promise<IssuedKeyResponse> {
    return this.commands.execute(new IssueKeyCommand({ name: body.name, roles: body.roles, expiresAt: body.expiresAt }, context));
  }
}
