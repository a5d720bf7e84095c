import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideWarranty, NotFound, unitDecider, UnitState, unitStream } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { StreamCommands } from '../../shared/stream-commands';
import { ChangeWarrantyCommand } from './change-warranty.command';

@CommandHandler(ChangeWarrantyCommand)
export class ChangeWarrantyHandler implements ICommandHandler<ChangeWarrantyCommand> {
  constructor(private readonly commands: StreamCommands) {}

  execute({ unit, command, context }: ChangeWarrantyCommand): Promise<ChangedResponse> {
    return this.commands.execute<UnitState>({
      stream: unitStream(unit),
      decider: unitDecider,
      decide: (state) => {
        if (!state.exists) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
        return decideWarranty(command, state);
      },
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
  }
}
