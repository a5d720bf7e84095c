import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { claimRegisterDecider, claimStream, decideWarranty, NotFound, unitDecider, unitKey, UnitState, unitStream } from '@trace/domain';
import { answerFor, StreamCommands } from '../../shared/stream-commands';
import { ClaimChangedResponse } from '../claim-changed.response';
import { FileClaimCommand } from './file-claim.command';

/** The claim on the unit's history and its id's register, in one write: two claims never share an id. */
@CommandHandler(FileClaimCommand)
export class FileClaimHandler implements ICommandHandler<FileClaimCommand> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ unit, claim, context }: FileClaimCommand): Promise<ClaimChangedResponse> {
    const occurredAt = this.commands.occurredAt(claim.occurredAt);
    const { claimId, customer, problem, goodwill, reason } = claim;
    const results = await this.commands.executeAll(context, occurredAt, async () => {
      const loaded = await this.commands.state<UnitState>(unitStream(unit), unitDecider);
      if (!loaded.state.exists) throw new NotFound(`unit ${unitKey(unit)} not found`);
      const register = await this.commands.state(claimStream(claimId), claimRegisterDecider);
      // A taken id first: it is refused as such, whatever the unit's rules would say.
      const registered = claimRegisterDecider.decide({ type: 'RegisterClaim', claimId, unit }, register.state);
      return [
        {
          stream: unitStream(unit),
          expected: StreamCommands.expectedAfter(loaded.history),
          events: decideWarranty({ type: 'FileClaim', claimId, customer, problem, occurredAt, goodwill, reason }, loaded.state),
        },
        { stream: claimStream(claimId), expected: StreamCommands.expectedAfter(register.history), events: registered },
      ];
    });
    return { claimId, ...answerFor(results, 0) };
  }
}
