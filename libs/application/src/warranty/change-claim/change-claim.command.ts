import { Command } from '@nestjs/cqrs';
import { DecideClaim, ResolveClaim } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ClaimChangedResponse } from '../claim-changed.response';

/** A decision on a claim, or its resolution: decided on the claimed unit's history. */
export class ChangeClaimCommand extends Command<ClaimChangedResponse> {
  constructor(
    readonly command: DecideClaim | Omit<ResolveClaim, 'occurredAt'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
