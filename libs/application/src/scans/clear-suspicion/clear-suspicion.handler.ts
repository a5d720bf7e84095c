import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideEvidence, NotFound, unitDecider, UnitState, unitStream } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { StreamCommands } from '../../shared/stream-commands';
import { ClearSuspicionCommand } from './clear-suspicion.command';

@CommandHandler(ClearSuspicionCommand)
export class ClearSuspicionHandler implements ICommandHandler<ClearSuspicionCommand> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ unit, note, context }: ClearSuspicionCommand): Promise<ChangedResponse> {
    const { revision, position } = await this.commands.execute<UnitState>({
      stream: unitStream(unit),
      decider: unitDecider,
      decide: (state) => {
        if (!state.exists) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
        return decideEvidence({ type: 'ClearSuspicion', note }, state);
      },
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
    return { revision, position };
  }
}
