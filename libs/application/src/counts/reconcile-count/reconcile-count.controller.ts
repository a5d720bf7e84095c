import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { CountParams } from '../count-params';
import { ReconcileCountCommand } from './reconcile-count.command';
import { ReconcileCountRequest } from './reconcile-count.request';
import { CountReconciledResponse } from './reconcile-count.response';

@ApiTags('counts')
@Controller('v1/counts/:countId/reconcile')
export class ReconcileCountController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: "Correct the record from a closed count's report, once: the same choices again answer the same and append nothing" })
  @ApiCreatedResponse({ type: CountReconciledResponse })
  @ApiErrors({ 400: true, 404: 'No such count', 409: 'The count is open (count-open), or was reconciled with other choices (already-reconciled)' })
  reconcile(@Param() { countId }: CountParams, @Body() body: ReconcileCountRequest, @CommandMeta() context: CommandContext): Promise<CountReconciledResponse> {
    return this.commands.execute(new ReconcileCountCommand(countId, { missing: body.missing, unexpected: body.unexpected, lots: body.lots }, context));
  }
}
