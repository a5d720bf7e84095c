import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { AssignSerialCommand } from './assign-serial.command';
import { AssignSerialRequest } from './assign-serial.request';
import { SerialAssignedResponse } from './assign-serial.response';
import { RequiresRole } from '../../access/route-access';

@ApiTags('units')
@Controller('v1/units')
export class AssignSerialController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Assign a serial: a new unit of a SKU, optionally from a lot' })
  @ApiCreatedResponse({ type: SerialAssignedResponse })
  @ApiErrors({
    400: true,
    409: 'The serial is already assigned for this SKU',
    422: 'Unknown lot, or a lot of another SKU; or an Idempotency-Key already used for another request',
  })
  assign(@Body() body: AssignSerialRequest, @CommandMeta() context: CommandContext): Promise<SerialAssignedResponse> {
    const { sku, serial, lotId, location, occurredAt } = body;
    return this.commands.execute(new AssignSerialCommand({ sku, serial, lotId, location, occurredAt }, context));
  }
}
