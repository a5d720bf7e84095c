import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@trace/domain';
import { ApiErrors, itemError } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { RecordScansCommand } from './record-scans.command';
import { RecordScansRequest } from './record-scans.request';
import { ScansResponse } from './record-scans.response';

/** A code's domain error as the edge answers it; one the edge's table does not know is a bug, answered (and logged) as the batch's. */
function answered(error: DomainError): NonNullable<ReturnType<typeof itemError>> {
  const answer = itemError(error);
  if (!answer) throw error;
  return answer;
}

@ApiTags('scans')
@Controller('v1/scans/batch')
export class RecordScansController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Record up to 10,000 scans at one place in one write; each code answered in order, a bad code alone refused' })
  @ApiCreatedResponse({ type: ScansResponse })
  @ApiErrors({ 400: true })
  async record(@Body() body: RecordScansRequest, @CommandMeta() context: CommandContext): Promise<ScansResponse> {
    const { outcomes, position } = await this.commands.execute(new RecordScansCommand(body, context));
    const results = outcomes.map((outcome) => (outcome instanceof DomainError ? { error: answered(outcome) } : outcome));
    return { results, position };
  }
}
