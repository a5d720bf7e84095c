import { Command } from '@nestjs/cqrs';
import { FileClaim, UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ClaimChangedResponse } from '../claim-changed.response';

export class FileClaimCommand extends Command<ClaimChangedResponse> {
  constructor(
    readonly unit: UnitRef,
    readonly claim: Omit<FileClaim, 'type' | 'occurredAt'> & { occurredAt?: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
