import { NEST_WALK_LIMIT } from '@trace/domain';
import { containersModel } from '@trace/projections';
import { getDocument, ReadStore } from '@trace/read-store';

/** `containerId` and the containers it is packed in, innermost first. */
export async function containerChain(reads: ReadStore, containerId: string): Promise<string[]> {
  const chain = [containerId];
  while (chain.length < NEST_WALK_LIMIT) {
    const parent = (await getDocument(reads, containersModel, { containerId: chain[chain.length - 1] }))?.parent;
    if (!parent) return chain;
    chain.push(parent);
  }
  return chain;
}
