import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { UnitParams } from '../../shared/validators';
import { ClaimChangedResponse } from '../claim-changed.response';
import { WarrantyRoute } from '../warranty-route';
import { FileClaimCommand } from './file-claim.command';
import { FileClaimRequest } from './file-claim.request';

@ApiTags('warranty')
@Controller('v1/units/:sku/:serial/warranty-claims')
export class FileClaimController {
  constructor(private readonly commands: CommandBus) {}

  @WarrantyRoute("File a warranty claim by the unit's owner, judged against its warranty when the claim was made", ClaimChangedResponse, {
    404: 'No such unit',
    409: '`warranty-expired` (unless `goodwill` with a `reason`), `claim-by-owner`, `one-open-claim`, `warranty-void`; a claim id taken',
  })
  file(@Param() { sku, serial }: UnitParams, @Body() body: FileClaimRequest, @CommandMeta() context: CommandContext): Promise<ClaimChangedResponse> {
    return this.commands.execute(new FileClaimCommand({ sku, serial }, body, context));
  }
}
