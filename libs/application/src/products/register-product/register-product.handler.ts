import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DEFAULT_UOM, gtin14, gtinDecider, gtinStream, productDecider, productStream } from '@trace/domain';
import { answerFor, StreamCommands, StreamWrite } from '../../shared/stream-commands';
import { RegisterProductCommand } from './register-product.command';
import { ProductRegisteredResponse } from './register-product.response';

/** The product's stream and, with a GTIN, the GTIN's register, written together: a GTIN names one product. */
@CommandHandler(RegisterProductCommand)
export class RegisterProductHandler implements ICommandHandler<RegisterProductCommand> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ product, context }: RegisterProductCommand): Promise<ProductRegisteredResponse> {
    const { sku, name } = product;
    const gtin = product.gtin === undefined ? null : gtin14(product.gtin);
    const results = await this.commands.executeAll(context, this.commands.occurredAt(product.occurredAt), async () => {
      const stream = productStream(sku);
      const { state, history } = await this.commands.state(stream, productDecider);
      const writes: StreamWrite[] = [
        {
          stream,
          expected: StreamCommands.expectedAfter(history),
          events: productDecider.decide(
            {
              type: 'RegisterProduct',
              sku,
              name,
              gtin,
              uom: product.uom ?? DEFAULT_UOM,
              warranty: product.warranty,
              gs1CompanyPrefixLength: product.gs1CompanyPrefixLength,
            },
            state,
          ),
        },
      ];
      if (gtin !== null) {
        const register = await this.commands.state(gtinStream(gtin), gtinDecider);
        const events = gtinDecider.decide({ type: 'ClaimGtin', gtin, sku }, register.state);
        writes.push({ stream: gtinStream(gtin), expected: StreamCommands.expectedAfter(register.history), events });
      }
      return writes;
    });
    return { sku, ...answerFor(results, 0) };
  }
}
