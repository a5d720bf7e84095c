import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound, REFUSED_WHILE_HELD, unitDecider, UnitState, unitStream } from '@trace/domain';
import { PendingHolds } from '../../shared/pending-holds';
import { ChangedResponse } from '../../shared/responses';
import { StreamCommands } from '../../shared/stream-commands';
import { warrantyTermsOf } from '../../shared/warranty-terms';
import { ChangeUnitCommand } from './change-unit.command';

@CommandHandler(ChangeUnitCommand)
export class ChangeUnitHandler implements ICommandHandler<ChangeUnitCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly pendingHolds: PendingHolds,
  ) {}

  async execute({ unit, command, occurredAt, context }: ChangeUnitCommand): Promise<ChangedResponse> {
    const held = REFUSED_WHILE_HELD.has(command.type) ? await this.pendingHolds.overlay([unit]) : undefined;
    const when = this.commands.occurredAt(occurredAt);
    // Rules judged at the time of the fact (recall holds, expiry) see the time the fact is recorded at.
    const timed =
      command.type === 'SellUnit'
        ? // A warranty from the sale starts at the first one: the product's terms come with it.
          { ...command, occurredAt: when, warranty: await warrantyTermsOf(this.commands, unit.sku) }
        : command.type === 'ShipUnit'
          ? { ...command, occurredAt: when }
          : command;
    return this.commands.execute<UnitState>({
      stream: unitStream(unit),
      decider: unitDecider,
      decide: (state) => {
        if (!state.exists) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
        return unitDecider.decide(timed, held ? held(state) : state);
      },
      context,
      occurredAt: when,
    });
  }
}
