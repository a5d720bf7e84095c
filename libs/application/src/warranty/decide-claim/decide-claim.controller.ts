import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ClaimChangedResponse } from '../claim-changed.response';
import { ClaimParams } from '../claim-params';
import { WarrantyRoute } from '../warranty-route';
import { ChangeClaimCommand } from '../change-claim/change-claim.command';
import { DecideClaimRequest } from './decide-claim.request';

@ApiTags('warranty')
@Controller('v1/warranty-claims/:claimId/decision')
export class DecideClaimController {
  constructor(private readonly commands: CommandBus) {}

  @WarrantyRoute('Approve or reject an open claim', ClaimChangedResponse, { 404: 'No such claim', 409: '`claim-decided` (already)' })
  decide(@Param() { claimId }: ClaimParams, @Body() body: DecideClaimRequest, @CommandMeta() context: CommandContext): Promise<ClaimChangedResponse> {
    return this.commands.execute(new ChangeClaimCommand({ type: 'DecideClaim', claimId, approved: body.approved, reason: body.reason }, context));
  }
}
