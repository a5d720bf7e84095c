import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { RegisterLotCommand, RegisterLotResult } from './register-lot.command';
import { RegisterLotDto } from './register-lot.dto';

@ApiTags('lots')
@Controller('v1/lots')
export class RegisterLotController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Register a lot (batch) of a SKU' })
  @ApiCreatedResponse({ description: '{lotId, revision, position}' })
  @ApiConflictResponse({ description: 'The lot is already registered' })
  register(@Body() body: RegisterLotDto, @CommandMeta() context: CommandContext): Promise<RegisterLotResult> {
    return this.commands.execute(new RegisterLotCommand(body, context));
  }
}
