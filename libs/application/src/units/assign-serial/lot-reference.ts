import { ExistingLot, LotEvent, lotDecider, LotReference, LotState, lotStream } from '@trace/domain';
import { StreamCommands, StreamWrite } from '../../shared/stream-commands';

/** A lot as a command about its serials or its material sees it: its reference, and its state when it exists. */
export interface LotForUnits {
  reference: LotReference;
  lot: ExistingLot | null;
  expected: StreamWrite['expected'];
}

/** What the event log says about a lot serials are assigned from (or material is consumed from). */
export async function lotForUnits(commands: StreamCommands, lotId: string): Promise<LotForUnits> {
  const { state, history } = await commands.state<LotState>(lotStream(lotId), lotDecider);
  const reference = state.exists ? { lotId, sku: state.sku, expiresAt: state.expiresAt, producedAt: state.producedAt } : { lotId, sku: null };
  return { reference, lot: state.exists ? state : null, expected: StreamCommands.expectedAfter(history) };
}

/** Just the reference: the lot's SKU, or null when it does not exist. */
export async function lotReference(commands: StreamCommands, lotId: string | undefined): Promise<LotReference | undefined> {
  return lotId === undefined ? undefined : (await lotForUnits(commands, lotId)).reference;
}

/**
 * The lot's side of assigning `count` serials from it at `occurredAt`: refused before the lot was produced, once it
 * expired, or beyond its declared size; the write that counts them (none for a lot without a declared size).
 */
export function serialsFromLot(loaded: LotForUnits, count: number, occurredAt: string): StreamWrite[] {
  if (loaded.lot === null) return [];
  const events: LotEvent[] = lotDecider.decide({ type: 'AssignLotSerials', lotId: loaded.lot.lotId, occurredAt, sku: loaded.lot.sku, count }, loaded.lot);
  return events.length ? [{ stream: lotStream(loaded.lot.lotId), expected: loaded.expected, events }] : [];
}
