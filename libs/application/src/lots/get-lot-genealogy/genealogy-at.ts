import { DEFAULT_UOM, isLotEvent, LotEvent, micros, Micros, plus, quantityOf, tokenUnit, unitToken, ZERO } from '@trace/domain';
import { byClock, TimeClock, TimedEvent } from '../../analytics/time-travel/time-clock';
import { LotLinkResponse } from './get-lot-genealogy.response';

type LotHistory = (lotId: string) => Promise<TimedEvent[]>;
type Link = { from: string; into: string; uom: string; quantity: Micros };

/** A lot's events by the clock, and whether it existed yet. */
async function lotAt(history: LotHistory, lotId: string, clock: TimeClock): Promise<{ events: Array<TimedEvent & LotEvent>; uom: string } | null> {
  const events = byClock(await history(lotId), clock).filter((event): event is TimedEvent & LotEvent => isLotEvent(event));
  const registered = events.find((event) => event.type === 'LotRegistered');
  return registered ? { events, uom: registered.data.uom ?? DEFAULT_UOM } : null;
}

const shown = (link: Link, depth: number): LotLinkResponse => {
  const into = link.into.startsWith('lot ') ? { intoLot: link.into.slice(4) } : { intoUnit: tokenUnit(link.into.slice(5)) };
  return { from: link.from, ...into, quantity: quantityOf(link.quantity), uom: link.uom, depth };
};

/** The links of one lot by the clock: what it went into (its own consumptions), or what went into it (its inputs). */
function linksOf(lotId: string, lot: { events: Array<TimedEvent & LotEvent>; uom: string }, direction: 'down' | 'up'): Link[] {
  const links = new Map<string, Link>();
  const add = (key: string, link: Omit<Link, 'quantity'>, quantity: number) => {
    const known = links.get(key);
    links.set(key, { ...link, quantity: plus(known?.quantity ?? ZERO, micros(quantity)) });
  };
  for (const event of lot.events) {
    if (direction === 'down' && event.type === 'LotStockConsumed') {
      const into = event.data.intoUnit === null ? `lot ${event.data.intoLot}` : `unit ${unitToken(event.data.intoUnit)}`;
      add(into, { from: lotId, into, uom: lot.uom }, event.data.quantity);
    } else if (direction === 'up' && event.type === 'LotMadeFrom') {
      add(event.data.input, { from: event.data.input, into: `lot ${lotId}`, uom: event.data.uom }, event.data.quantity);
    }
  }
  return [...links.values()];
}

/**
 * A lot's genealogy by the clock (asOf, knownAt), read from the lots' own streams level by level: the links that
 * existed then, with the quantities consumed by then. Null when the lot did not exist yet.
 */
export async function genealogyAt(
  history: LotHistory,
  lotId: string,
  clock: TimeClock,
): Promise<{ madeFrom: LotLinkResponse[]; madeInto: LotLinkResponse[] } | null> {
  const root = await lotAt(history, lotId, clock);
  if (!root) return null;
  const walk = async (direction: 'down' | 'up'): Promise<LotLinkResponse[]> => {
    const found: LotLinkResponse[] = [];
    const seen = new Set([lotId]);
    let level = [lotId];
    for (let depth = 1; level.length > 0; depth++) {
      const next: string[] = [];
      for (const current of level) {
        const lot = current === lotId ? root : await lotAt(history, current, clock);
        if (!lot) continue;
        for (const link of linksOf(current, lot, direction)) {
          found.push(shown(link, depth));
          const reached = direction === 'down' ? (link.into.startsWith('lot ') ? link.into.slice(4) : null) : link.from;
          if (reached !== null && !seen.has(reached)) {
            seen.add(reached);
            next.push(reached);
          }
        }
      }
      level = next;
    }
    return found;
  };
  return { madeFrom: await walk('up'), madeInto: await walk('down') };
}
