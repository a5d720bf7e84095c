import { productDecider, productStream, WarrantyTerms } from '@trace/domain';
import { StreamCommands } from './stream-commands';

/**
 * A product's warranty terms, from its own stream (a product registered a moment before is seen); undefined for a
 * product without terms, or not registered.
 */
export async function warrantyTermsOf(commands: StreamCommands, sku: string): Promise<WarrantyTerms | undefined> {
  const { state } = await commands.state(productStream(sku), productDecider);
  return state.exists ? state.warranty : undefined;
}
