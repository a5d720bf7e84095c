import { MAX_ASSEMBLY_DEPTH, UnitRef } from '@trace/domain';

/** The units `unit` is built into, nearest first, each read with `load`; the assembly-depth rule bounds them, so a longer chain is corrupt. */
export async function parentChain<Unit extends { parent: UnitRef | null }>(unit: Unit & UnitRef, load: (parent: UnitRef) => Promise<Unit>): Promise<Unit[]> {
  const chain: Unit[] = [];
  for (let parent = unit.parent; parent; parent = chain[chain.length - 1].parent) {
    if (chain.length >= MAX_ASSEMBLY_DEPTH) throw new Error(`parent chain of ${unit.sku}/${unit.serial} is deeper than ${MAX_ASSEMBLY_DEPTH}`);
    chain.push(await load(parent));
  }
  return chain;
}
