import { LotReference, lotDecider, lotStream } from '@trace/domain';
import { StreamCommands } from '../../shared/stream-commands';

/** What the event log says about a lot a serial is assigned from: its SKU, or null when it does not exist. */
export async function lotReference(commands: StreamCommands, lotId: string | undefined): Promise<LotReference | undefined> {
  if (lotId === undefined) return undefined;
  const { state } = await commands.state(lotStream(lotId), lotDecider);
  return { lotId, sku: state.exists ? state.sku : null };
}
