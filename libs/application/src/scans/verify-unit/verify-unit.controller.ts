import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { VerifyUnitCommand } from './verify-unit.command';
import { VerifyUnitRequest } from './verify-unit.request';
import { VerificationResponse } from './verify-unit.response';

@ApiTags('scans')
@Controller('v1/verifications')
export class VerifyUnitController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @AnyRole()
  @ApiOperation({ summary: 'Is this unit genuine? DSCSA VRS semantics; the request and its answer are recorded with who asked' })
  @ApiOkResponse({ type: VerificationResponse })
  @ApiErrors({ 400: true, 422: 'The GTIN belongs to no product' })
  verify(@Body() body: VerifyUnitRequest, @CommandMeta() context: CommandContext): Promise<VerificationResponse> {
    return this.commands.execute(new VerifyUnitCommand(body, context));
  }
}
