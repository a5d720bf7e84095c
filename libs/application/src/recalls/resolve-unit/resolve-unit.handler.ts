import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound, unitDecider, UnitState, unitStream } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { StreamCommands } from '../../shared/stream-commands';
import { ResolveUnitCommand } from './resolve-unit.command';

/** Lifts the recall's hold on the unit, recording how it was resolved; its state then says whether it may move again. */
@CommandHandler(ResolveUnitCommand)
export class ResolveUnitHandler implements ICommandHandler<ResolveUnitCommand> {
  constructor(private readonly commands: StreamCommands) {}

  execute({ recallId, unit, resolution, context }: ResolveUnitCommand): Promise<ChangedResponse> {
    return this.commands.execute<UnitState>({
      stream: unitStream(unit),
      decider: unitDecider,
      decide: (state) => {
        if (!state.exists) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
        return unitDecider.decide({ type: 'ResolveRecall', recallId, action: resolution.action, note: resolution.note }, state);
      },
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
  }
}
