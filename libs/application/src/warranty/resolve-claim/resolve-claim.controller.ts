import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ClaimChangedResponse } from '../claim-changed.response';
import { ClaimParams } from '../claim-params';
import { ChangeClaimCommand } from '../change-claim/change-claim.command';
import { WarrantyRoute } from '../warranty-route';
import { ResolveClaimRequest } from './resolve-claim.request';

@ApiTags('warranty')
@Controller('v1/warranty-claims/:claimId/resolution')
export class ResolveClaimController {
  constructor(private readonly commands: CommandBus) {}

  @WarrantyRoute(
    'Resolve an approved claim: repaired (the unit’s repair), replaced (by a unit in stock, which takes over the warranty), refunded',
    ClaimChangedResponse,
    {
      404: 'No such claim',
      409: '`claim-not-approved`; for a replacement, the replacement unit’s rule (not in stock, held by a recall, …)',
    },
  )
  resolve(@Param() { claimId }: ClaimParams, @Body() body: ResolveClaimRequest, @CommandMeta() context: CommandContext): Promise<ClaimChangedResponse> {
    const { action, note, returnedTo } = body;
    const replacement = body.replacement && { sku: body.replacement.sku, serial: body.replacement.serial };
    return this.commands.execute(new ChangeClaimCommand({ type: 'ResolveClaim', claimId, action, note, replacement, returnedTo }, context));
  }
}
