import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ApiErrors } from '@trace/http';
import { RegisterLotCommand } from './register-lot.command';
import { RegisterLotRequest } from './register-lot.request';
import { LotRegisteredResponse } from './register-lot.response';
import { RequiresRole } from '../../access/route-access';

@ApiTags('lots')
@Controller('v1/lots')
export class RegisterLotController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Register a lot (batch) of a SKU' })
  @ApiCreatedResponse({ type: LotRegisteredResponse })
  @ApiErrors({ 400: true, 409: 'The lot is already registered' })
  register(@Body() body: RegisterLotRequest, @CommandMeta() context: CommandContext): Promise<LotRegisteredResponse> {
    return this.commands.execute(new RegisterLotCommand(body, context));
  }
}
