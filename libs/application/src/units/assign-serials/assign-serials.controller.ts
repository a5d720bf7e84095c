import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { AssignSerialsCommand } from './assign-serials.command';
import { AssignSerialsRequest } from './assign-serials.request';
import { SerialsAssignedResponse } from './assign-serials.response';
import { RequiresRole } from '../../access/route-access';

@ApiTags('units')
@Controller('v1/units/batch')
export class AssignSerialsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Assign up to 10,000 serials at once, as a list or a numbered range' })
  @ApiCreatedResponse({ type: SerialsAssignedResponse, description: 'Serials already taken are listed in `conflicts`, not refused' })
  @ApiErrors({
    400: true,
    409: 'An interrupted earlier attempt with the same Idempotency-Key could not be completed',
    422: 'Unknown lot, or a lot of another SKU; or an Idempotency-Key already used for another request',
  })
  assign(@Body() body: AssignSerialsRequest, @CommandMeta() context: CommandContext): Promise<SerialsAssignedResponse> {
    const { sku, lotId, location, occurredAt } = body;
    return this.commands.execute(new AssignSerialsCommand({ sku, lotId, location, occurredAt, serials: body.serialList() }, context));
  }
}
