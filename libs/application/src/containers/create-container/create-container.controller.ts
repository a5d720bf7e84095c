import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { CreateContainerCommand } from './create-container.command';
import { CreateContainerRequest } from './create-container.request';
import { ContainerCreatedResponse } from './create-container.response';
import { RequiresRole } from '../../access/route-access';

@ApiTags('containers')
@Controller('v1/containers')
export class CreateContainerController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Create an empty container (case, pallet) at a location' })
  @ApiCreatedResponse({ type: ContainerCreatedResponse })
  @ApiErrors({ 400: true, 409: 'The container already exists' })
  create(@Body() body: CreateContainerRequest, @CommandMeta() context: CommandContext): Promise<ContainerCreatedResponse> {
    return this.commands.execute(new CreateContainerCommand(body.containerId, body.location, body.occurredAt, context));
  }
}
