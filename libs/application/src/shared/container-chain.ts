import { containersModel } from '@trace/projections';
import { ReadStore } from '@trace/read-store';

/** Far deeper than any real nesting; a guard against a corrupted chain in the read model. */
const MAX_DEPTH = 16;

/** `containerId` and the containers it is packed in, innermost first. */
export async function containerChain(reads: ReadStore, containerId: string): Promise<string[]> {
  const chain = [containerId];
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const document = await reads.get(containersModel.name, { containerId: chain[chain.length - 1] });
    const parent = document?.parent as string | null | undefined;
    if (!parent) return chain;
    chain.push(parent);
  }
  return chain;
}
