import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { RegisterProductRequest } from './register-product.request';
import { ProductRegisteredResponse } from './register-product.response';

export class RegisterProductCommand extends Command<ProductRegisteredResponse> {
  constructor(
    readonly product: Pick<RegisterProductRequest, 'sku' | 'name' | 'gtin' | 'uom' | 'occurredAt' | 'warranty' | 'gs1CompanyPrefixLength'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
