import { lotLinksModel, LotLinkDocument } from '@trace/projections';
import { ReadStore } from '@trace/read-store';
import { allRows } from './paging';

/** Lots looked up per query while walking the genealogy. */
const LOTS_PER_READ = 500;

export type LotLink = LotLinkDocument & { depth: number };

/**
 * Walks lot-to-lot genealogy breadth first from `lotIds`, one indexed query per level and batch: `down` follows
 * what each lot went into (lots and units), `up` what it was made from. Each link is yielded once, with its
 * depth (1 for the start lots' own links); a lot reached twice is walked once, so cycles end.
 */
export async function* lotLinks(reads: ReadStore, lotIds: string[], direction: 'down' | 'up'): AsyncGenerator<LotLink> {
  const seen = new Set(lotIds);
  let level = lotIds;
  for (let depth = 1; level.length > 0; depth++) {
    const next: string[] = [];
    for (let start = 0; start < level.length; start += LOTS_PER_READ) {
      const chunk = level.slice(start, start + LOTS_PER_READ);
      const links = direction === 'down' ? allRows(reads, lotLinksModel, { input: chunk }) : allRows(reads, lotLinksModel, { intoLot: chunk });
      for await (const link of links) {
        yield { ...link, depth };
        const reached = direction === 'down' ? link.intoLot : link.input;
        if (reached !== null && !seen.has(reached)) {
          seen.add(reached);
          next.push(reached);
        }
      }
    }
    level = next;
  }
}

/** Every lot made from `lotIds` at any depth (not including them). */
export async function descendantLots(reads: ReadStore, lotIds: string[]): Promise<string[]> {
  const lots = new Set<string>();
  for await (const link of lotLinks(reads, lotIds, 'down')) if (link.intoLot !== null && !lotIds.includes(link.intoLot)) lots.add(link.intoLot);
  return [...lots];
}
