import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidReference, lotDecider, LotState, lotStream, NotFound } from '@trace/domain';
import { LotPendingHolds } from '../../shared/lot-pending-holds';
import { answerFor, StreamCommands } from '../../shared/stream-commands';
import { LotChangedResponse } from '../change-lot/lot-changed.response';
import { ConsumeIntoLotCommand } from './consume-lot-stock.command';

/** A production: the input lot's stock goes down and the lot made records its input, all or nothing. */
@CommandHandler(ConsumeIntoLotCommand)
export class ConsumeIntoLotHandler implements ICommandHandler<ConsumeIntoLotCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly pendingHolds: LotPendingHolds,
  ) {}

  async execute({ lotId, from, quantity, intoLot, occurredAt, context }: ConsumeIntoLotCommand): Promise<LotChangedResponse> {
    const when = this.commands.occurredAt(occurredAt);
    const held = await this.pendingHolds.overlay(lotId);
    const results = await this.commands.executeAll(context, when, async () => {
      const input = await this.commands.state<LotState>(lotStream(lotId), lotDecider);
      if (!input.state.exists) throw new NotFound(`lot ${lotId} not found`);
      const consumed = lotDecider.decide({ type: 'ConsumeLotStock', lotId, occurredAt: when, from, quantity, intoLot }, held(input.state));
      const made = await this.commands.state<LotState>(lotStream(intoLot), lotDecider);
      if (!made.state.exists) throw new InvalidReference('intoLot', `lot ${intoLot} does not exist: register the lot made first`);
      const added = lotDecider.decide({ type: 'AddLotInput', lotId: intoLot, occurredAt: when, input: lotId, quantity, uom: input.state.uom }, made.state);
      return [
        { stream: lotStream(lotId), expected: StreamCommands.expectedAfter(input.history), events: consumed },
        { stream: lotStream(intoLot), expected: StreamCommands.expectedAfter(made.history), events: added },
      ];
    });
    return { lotId, ...answerFor(results, 0) };
  }
}
