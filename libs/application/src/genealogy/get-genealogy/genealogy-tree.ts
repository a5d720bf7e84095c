import { LineageEntry, UnitRef, unitToken } from '@trace/domain';
import { GenealogyNodeResponse } from './get-genealogy.response';

const LOT_PREFIX = 'lot:';

/**
 * Rebuilds the downward tree from a unit's strands: every unit strand is a chain of "is built into" links,
 * every lot strand hangs its lot on the chain's first unit. Strands sharing links share nodes.
 */
export function genealogyTree(root: UnitRef, strands: LineageEntry[]): GenealogyNodeResponse {
  const nodes = new Map<string, GenealogyNodeResponse>();
  const node = (unit: UnitRef) => {
    const token = unitToken(unit);
    let found = nodes.get(token);
    if (!found) nodes.set(token, (found = { sku: unit.sku, serial: unit.serial, lots: [], components: [] }));
    return found;
  };
  const top = node(root);
  const linked = new Set<string>();
  for (const strand of strands) {
    strand.path.slice(0, -1).forEach((unit, i) => {
      const link = `${unitToken(unit)}>${unitToken(strand.path[i + 1])}`;
      if (linked.has(link)) return;
      linked.add(link);
      node(strand.path[i + 1]).components.push(node(unit));
    });
    if (strand.origin.startsWith(LOT_PREFIX) && (strand.how === 'lot' || strand.how === 'consumed')) {
      const holder = node(strand.path[0]);
      const lotId = decodeURIComponent(strand.origin.slice(LOT_PREFIX.length));
      if (!holder.lots.some((lot) => lot.lotId === lotId && lot.how === strand.how)) {
        holder.lots.push(
          strand.quantity === undefined || strand.quantity === null ? { lotId, how: strand.how } : { lotId, how: strand.how, quantity: strand.quantity },
        );
      }
    }
  }
  return top;
}
