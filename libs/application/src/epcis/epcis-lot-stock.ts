import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ExistingLot, lotDecider, lotStream, NotFound, RuleViolation } from '@trace/domain';
import { ChangeLotCommand, LotChangeRequested } from '../lots/change-lot/change-lot.command';
import { skuOfGtin } from '../scans/gtin-products';
import { StreamCommands } from '../shared/stream-commands';
import { EpcisEventProblem, EpcisIntent, LotQuantityKey } from './epcis-intents';
import { IntentOrigin } from './intent-origin';

type Step<Kind extends EpcisIntent['kind']> = Extract<EpcisIntent, { kind: Kind }>;

/**
 * What an EPCIS event's lot quantities (LGTIN classes in a quantity list) do to the lots' stock, through the lot
 * handler's own commands: shipped, received, sold, disposed of, each counted in the lot's own unit, from the place
 * the event names when the lot has stock there, else from its only place.
 */
@Injectable()
export class EpcisLotStock {
  constructor(
    private readonly bus: CommandBus,
    private readonly commands: StreamCommands,
  ) {}

  async ship(intent: Step<'ship'>, origin: IntentOrigin): Promise<void> {
    for (const key of intent.lots) {
      const { lot, quantity, from } = await this.leaving(key, intent.from, 'to ship');
      await this.change({ type: 'ShipLot', lotId: lot.lotId, shipmentId: intent.shipment, from, to: intent.to, quantity }, origin);
    }
  }

  async sell(intent: Step<'sell'>, origin: IntentOrigin): Promise<void> {
    for (const key of intent.lots) {
      const { lot, quantity, from } = await this.leaving(key, intent.from, 'to sell');
      await this.change({ type: 'SellLot', lotId: lot.lotId, from, customer: intent.customer, quantity, receipt: intent.receipt }, origin);
    }
  }

  async dispose(intent: Step<'scrap'>, origin: IntentOrigin): Promise<void> {
    for (const key of intent.lots) {
      const { lot, quantity, from } = await this.leaving(key, intent.from, 'to dispose of');
      await this.change({ type: 'DisposeLot', lotId: lot.lotId, from, quantity, reason: intent.reason }, origin);
    }
  }

  /**
   * A receiving of lots: of the shipment one of its business transactions names, else of the lot's only shipment
   * still in transit; a lot in none that has stock in one other place arrived all the same, and moves there (as units do).
   */
  async receive(intent: Step<'receive'>, origin: IntentOrigin): Promise<void> {
    for (const key of intent.lots) {
      const { lot, quantity } = await this.counted(key);
      const inTransit = Object.entries(lot.shipments).flatMap(([id, shipment]) => (!shipment.closed && shipment.shipped > shipment.received ? [id] : []));
      const shipmentId = intent.transactions.find((id) => lot.shipments[id] !== undefined) ?? (inTransit.length === 1 ? inTransit[0] : undefined);
      if (shipmentId !== undefined) {
        await this.change({ type: 'ReceiveLot', lotId: lot.lotId, shipmentId, by: intent.by, location: intent.location, quantity }, origin);
        continue;
      }
      if (inTransit.length > 1) {
        throw new EpcisEventProblem(
          `lot ${lot.lotId} has ${inTransit.length} shipments in transit: name the one received in bizTransactionList, as its shipping did`,
        );
      }
      const elsewhere = Object.keys(lot.atLocations).filter((place) => place !== intent.location);
      if (elsewhere.length !== 1) {
        throw new EpcisEventProblem(
          `lot ${lot.lotId} has no shipment in transit and stock in ${elsewhere.length} other places: nothing says where it came from`,
        );
      }
      await this.change({ type: 'MoveLotStock', lotId: lot.lotId, from: elsewhere[0], to: intent.location, quantity }, origin);
    }
  }

  /** Where a transformation consumes a lot from (see `placeOfStock`); none for a lot without stock. */
  async consumedFrom(lotId: string, where: string | null): Promise<string | undefined> {
    const { state } = await this.commands.state(lotStream(lotId), lotDecider);
    if (!state.exists) throw new NotFound(`lot ${lotId} not found`);
    return placeOfStock(state, where, 'the transformation');
  }

  private async leaving(key: LotQuantityKey, where: string | null, what: string): Promise<{ lot: ExistingLot; quantity: number; from: string }> {
    const { lot, quantity } = await this.counted(key);
    const from = placeOfStock(lot, where, 'the event');
    if (from === undefined) throw new EpcisEventProblem(`lot ${lot.lotId} has no stock ${what}`);
    return { lot, quantity, from };
  }

  /** A quantity element's lot, of the GTIN's product and counted in the unit the element gives, and how much. */
  private async counted(key: LotQuantityKey): Promise<{ lot: ExistingLot; quantity: number }> {
    const { state: lot } = await this.commands.state(lotStream(key.lot), lotDecider);
    if (!lot.exists) throw new NotFound(`lot ${key.lot} not found`);
    const sku = await skuOfGtin(this.commands, key.gtin);
    if (sku === null) throw new NotFound(`no product has GTIN ${key.gtin}`);
    assertLotOf(lot, sku);
    if (key.quantity === null) throw new EpcisEventProblem(`lot ${key.lot} needs a quantity: its stock is counted`);
    if (key.uom !== null && key.uom !== lot.uom) throw new EpcisEventProblem(`lot ${key.lot} is counted in ${lot.uom}, not ${key.uom}`);
    return { lot, quantity: key.quantity };
  }

  private async change(change: LotChangeRequested, origin: IntentOrigin): Promise<void> {
    await this.bus.execute(new ChangeLotCommand(change, origin.eventTime, origin.next()));
  }
}

/** A lot number names one lot, of one product: an event naming it for another fails. */
export function assertLotOf(lot: ExistingLot, sku: string): void {
  if (lot.sku !== sku) throw new RuleViolation('lot-of-another-sku', `lot ${lot.lotId} belongs to product ${lot.sku}, not ${sku}`);
}

/** Where a lot's stock leaves from: where `where` says if it has stock there, else its only place; none without stock. */
function placeOfStock(lot: ExistingLot, where: string | null, who: string): string | undefined {
  const places = Object.keys(lot.atLocations);
  if (where !== null && places.includes(where)) return where;
  if (places.length > 1) throw new EpcisEventProblem(`lot ${lot.lotId} is in ${places.length} places: ${who} must say where (bizLocation)`);
  return places[0];
}
