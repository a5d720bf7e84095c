import { Controller, Delete, HttpCode, HttpStatus, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { RequiresRole } from '../route-access';
import { RevokeKeyCommand } from './revoke-key.command';
import { KeyParams } from './revoke-key.request';

@ApiTags('keys')
@Controller('v1/keys/:keyId')
export class RevokeKeyController {
  constructor(private readonly commands: CommandBus) {}

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequiresRole('admin')
  @ApiOperation({ summary: 'Revoke an API key: every process refuses it within a second; revoking it again changes nothing' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiErrors({ 400: true, 404: 'No such key' })
  revoke(@Param() { keyId }: KeyParams, @CommandMeta() context: CommandContext): Promise<void> {
    return this.commands.execute(new RevokeKeyCommand(keyId, context));
  }
}
