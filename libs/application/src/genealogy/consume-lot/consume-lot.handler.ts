import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LotConsumed, propagateUp, unitDecider } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { answerFor, StreamCommands } from '../../shared/stream-commands';
import { lotReference } from '../../units/assign-serial/lot-reference';
import { UnitLoader } from '../../shared/unit-loader';
import { ConsumeLotCommand } from './consume-lot.command';

/** Material consumed by a unit that is already built into others reaches their genealogy too. */
@CommandHandler(ConsumeLotCommand)
export class ConsumeLotHandler implements ICommandHandler<ConsumeLotCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly units: UnitLoader,
  ) {}

  async execute({ unit, lotId, quantity, occurredAt, context }: ConsumeLotCommand): Promise<ChangedResponse> {
    const when = this.commands.occurredAt(occurredAt);
    const results = await this.commands.executeAll(context, when, async () => {
      const loaded = await this.units.load(unit);
      const lot = await lotReference(this.commands, lotId);
      const ancestors = await this.units.ancestors(loaded.state);
      const within = ancestors.map((ancestor) => ancestor.state);
      const events = unitDecider.decide({ type: 'ConsumeLot', lot: lot!, quantity, within }, loaded.state);
      const upward = propagateUp(
        loaded.state,
        ancestors.map((a) => a.state),
        [(events[0] as LotConsumed).data.entry],
      );
      return [
        { stream: loaded.stream, expected: loaded.expected, events },
        ...ancestors.map((ancestor, i) => ({ stream: ancestor.stream, expected: ancestor.expected, events: upward[i] })),
      ];
    });
    return answerFor(results, 0);
  }
}
