import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { lotDecider, LotState, lotStream, productDecider, productStream } from '@trace/domain';
import { StreamCommands } from '../../shared/stream-commands';
import { RegisterLotCommand } from './register-lot.command';
import { LotRegisteredResponse } from './register-lot.response';

@CommandHandler(RegisterLotCommand)
export class RegisterLotHandler implements ICommandHandler<RegisterLotCommand> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ lot, context }: RegisterLotCommand): Promise<LotRegisteredResponse> {
    const { occurredAt, ...registration } = lot;
    // A lot said in no unit is counted in its product's (a lot of flour in KGM), EA only for a product not registered.
    const uom = registration.uom ?? (await this.productUom(lot.sku));
    const result = await this.commands.execute<LotState>({
      stream: lotStream(lot.lotId),
      decider: lotDecider,
      decide: (state) => lotDecider.decide({ type: 'RegisterLot', ...registration, ...(uom === undefined ? {} : { uom }) }, state),
      context,
      occurredAt: this.commands.occurredAt(occurredAt),
    });
    return { lotId: lot.lotId, ...result };
  }

  private async productUom(sku: string): Promise<string | undefined> {
    const { state } = await this.commands.state(productStream(sku), productDecider);
    return state.exists ? state.uom : undefined;
  }
}
