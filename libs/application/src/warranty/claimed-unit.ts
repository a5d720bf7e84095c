import { claimRegisterDecider, claimStream, NotFound, UnitRef } from '@trace/domain';
import { StreamCommands } from '../shared/stream-commands';

/** The unit a claim is about, from the claim's register (exact at once, unlike a read model); 404 for no such claim. */
export async function claimedUnit(commands: StreamCommands, claimId: string): Promise<UnitRef> {
  const { state } = await commands.state(claimStream(claimId), claimRegisterDecider);
  if (!state.exists) throw new NotFound(`claim ${claimId} not found`);
  return state.unit;
}
