import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound, unitDecider, UnitState, unitStream } from '@trace/domain';
import { StreamCommands } from '../../shared/stream-commands';
import { ChangeUnitCommand, ChangeUnitResult } from './change-unit.command';

@CommandHandler(ChangeUnitCommand)
export class ChangeUnitHandler implements ICommandHandler<ChangeUnitCommand, ChangeUnitResult> {
  constructor(private readonly commands: StreamCommands) {}

  execute({ unit, command, occurredAt, context }: ChangeUnitCommand): Promise<ChangeUnitResult> {
    return this.commands.execute<UnitState>({
      stream: unitStream(unit),
      decider: unitDecider,
      decide: (state) => {
        if (!state.exists) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
        return unitDecider.decide(command, state);
      },
      context,
      occurredAt: this.commands.occurredAt(occurredAt),
    });
  }
}
