import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideWarranty, ExistingUnit, InvalidReference, unitDecider, UnitState, unitStream } from '@trace/domain';
import { answerFor, StreamCommands, StreamWrite } from '../../shared/stream-commands';
import { ClaimChangedResponse } from '../claim-changed.response';
import { claimedUnit } from '../claimed-unit';
import { ChangeClaimCommand } from './change-claim.command';

/**
 * Decisions and resolutions, on the claimed unit's history. A replacement writes two histories at once: the faulty
 * unit comes back (`returned` at `returnedTo`), the replacement goes to the customer with the faulty one's warranty
 * end; each names the other.
 */
@CommandHandler(ChangeClaimCommand)
export class ChangeClaimHandler implements ICommandHandler<ChangeClaimCommand> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ command, context }: ChangeClaimCommand): Promise<ClaimChangedResponse> {
    const occurredAt = this.commands.occurredAt(undefined);
    const unit = await claimedUnit(this.commands, command.claimId);
    const results = await this.commands.executeAll(context, occurredAt, async () => {
      const loaded = await this.commands.state<UnitState>(unitStream(unit), unitDecider);
      const claimed = loaded.state as ExistingUnit;
      const events = decideWarranty(command.type === 'ResolveClaim' ? { ...command, occurredAt } : command, claimed);
      const writes: StreamWrite[] = [{ stream: unitStream(unit), expected: StreamCommands.expectedAfter(loaded.history), events }];
      if (command.type === 'ResolveClaim' && command.replacement) {
        const replacement = await this.commands.state<UnitState>(unitStream(command.replacement), unitDecider);
        if (!replacement.state.exists)
          throw new InvalidReference('replacement', `unit ${command.replacement.sku}/${command.replacement.serial} does not exist`);
        const given = decideWarranty(
          {
            type: 'GiveAsReplacement',
            claimId: command.claimId,
            replaces: unit,
            customer: claimed.claims[command.claimId].customer,
            // It takes over what is left of the faulty unit's warranty (none left: it ends as it is given).
            endsAt: claimed.warranty?.endsAt ?? occurredAt,
            occurredAt,
          },
          replacement.state,
        );
        writes.push({ stream: unitStream(command.replacement), expected: StreamCommands.expectedAfter(replacement.history), events: given });
      }
      return writes;
    });
    return { claimId: command.claimId, ...answerFor(results, 0) };
  }
}
