import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { RecordScanCommand } from './record-scan.command';
import { RecordScanRequest } from './record-scan.request';
import { ScanResponse } from './record-scan.response';

@ApiTags('scans')
@Controller('v1/scans')
export class RecordScanController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Record a sighting of what a scanned code names (a unit, a container, a lot), with what does not fit the record' })
  @ApiCreatedResponse({ type: ScanResponse })
  @ApiErrors({ 400: true, 404: 'No such container or lot', 422: 'The GTIN belongs to no product' })
  record(@Body() body: RecordScanRequest, @CommandMeta() context: CommandContext): Promise<ScanResponse> {
    return this.commands.execute(new RecordScanCommand(body, context));
  }
}
