import { DEFAULT_UOM, isLotEvent, LotEvent, lotOrigin, micros, parseInstant, unitOrigin } from '@trace/domain';
import { Change, increment, ReadModel, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection, unhandled } from '../projection';
import { arrived, lotLinksModel, lotPlacesModel, lotVisitsModel, placeLeft, placeTaken, transitOf, visited } from './lot-places';

/** Quantities here are whole millionths of the lot's unit of measure (see shared/quantity): sums stay exact. */
export interface LotDocument {
  lotId: string;
  sku: string;
  producedAt: string | null;
  expiresAt: string | null;
  site: string | null;
  /** `producedAt` and `expiresAt` as ISO instants (a date is midnight UTC), so lists order and compare them as times. */
  producedInstant: string | null;
  expiresInstant: string | null;
  /** As registered: the stock put at a location, or a serialised lot's declared size. */
  quantity: number | null;
  uom: string;
  registeredAt: string;
  position: number;
  /** Put in stock at registration. */
  producedMicros: number;
  adjustedMicros: number;
  disposedMicros: number;
  lostInTransitMicros: number;
  /** Everything customers ever returned: a recall's recovered quantity is what came back after it. */
  returnedMicros: number;
}

/** Registered lots and their totals; their unit counts come from the indexed `units` model. */
export const lotsModel: ReadModel<LotDocument> = {
  name: 'lots',
  key: ['lotId'],
  fields: {
    lotId: 'text',
    sku: 'text',
    producedAt: 'text',
    expiresAt: 'text',
    site: 'text',
    producedInstant: 'text',
    expiresInstant: 'text',
    quantity: 'real',
    uom: 'text',
    registeredAt: 'text',
    position: 'integer',
    producedMicros: 'integer',
    adjustedMicros: 'integer',
    disposedMicros: 'integer',
    lostInTransitMicros: 'integer',
    returnedMicros: 'integer',
  },
  // Lists by SKU or site, and soonest expiry first with or without them.
  indexes: [['sku'], ['site'], ['expiresInstant'], ['sku', 'expiresInstant'], ['site', 'expiresInstant']],
};

const total = (lotId: string, by: Partial<Record<'adjustedMicros' | 'disposedMicros' | 'lostInTransitMicros' | 'returnedMicros', number>>): Change =>
  increment(lotsModel, { lotId }, by);

function registered(event: Extract<LotEvent, { type: 'LotRegistered' }> & ProjectedEvent): Change[] {
  const { lotId, sku, producedAt, expiresAt, site, quantity, location } = event.data;
  const produced = location !== undefined && quantity !== null ? micros(quantity) : 0;
  const lot = upsert(
    lotsModel,
    { lotId },
    {
      sku,
      producedAt,
      expiresAt,
      site,
      producedInstant: producedAt === null ? null : parseInstant(producedAt),
      expiresInstant: expiresAt === null ? null : parseInstant(expiresAt),
      quantity,
      uom: event.data.uom ?? DEFAULT_UOM,
      registeredAt: event.occurredAt,
      position: event.position,
      producedMicros: produced,
      adjustedMicros: 0,
      disposedMicros: 0,
      lostInTransitMicros: 0,
      returnedMicros: 0,
    },
  );
  if (!produced) return [lot];
  const place = location as string;
  return [lot, upsert(lotPlacesModel, { lotId, kind: 'location', place }, { quantityMicros: produced, to: null }), visited(lotId, place)];
}

function lotChanges(event: LotEvent & ProjectedEvent): Change[] {
  switch (event.type) {
    case 'LotRegistered':
      return registered(event);
    case 'LotStockMoved':
      return [placeLeft(event.data.lotId, event.data.from, event.data.remaining), ...arrived(event.data.lotId, event.data.to, event.data.quantity)];
    case 'LotShipped': {
      const { lotId, shipmentId, to, quantity } = event.data;
      return [
        placeLeft(lotId, event.data.from, event.data.remaining),
        upsert(lotPlacesModel, { lotId, kind: 'transit', place: shipmentId }, { quantityMicros: micros(quantity), to }),
      ];
    }
    case 'LotReceived': {
      const { lotId, shipmentId, location, quantity } = event.data;
      return [placeTaken(lotId, 'transit', shipmentId, -quantity), ...arrived(lotId, location, quantity)];
    }
    case 'LotShipmentClosed':
      return [transitOf(event.data.lotId, event.data.shipmentId), total(event.data.lotId, { lostInTransitMicros: micros(event.data.lostInTransit) })];
    case 'LotSold':
      return [
        placeLeft(event.data.lotId, event.data.from, event.data.remaining),
        placeTaken(event.data.lotId, 'customer', event.data.customer, event.data.quantity),
      ];
    case 'LotReturned': {
      const { lotId, customer, location, quantity, remaining } = event.data;
      return [placeLeft(lotId, customer, remaining, 'customer'), ...arrived(lotId, location, quantity), total(lotId, { returnedMicros: micros(quantity) })];
    }
    case 'LotAdjusted':
      return [
        placeLeft(event.data.lotId, event.data.location, event.data.remaining),
        visited(event.data.lotId, event.data.location),
        total(event.data.lotId, { adjustedMicros: micros(event.data.quantity) }),
      ];
    case 'LotDisposed':
      return [placeLeft(event.data.lotId, event.data.from, event.data.remaining), total(event.data.lotId, { disposedMicros: micros(event.data.quantity) })];
    case 'LotStockConsumed': {
      const { lotId, intoLot, intoUnit, quantity } = event.data;
      const link = { input: lotId, into: intoUnit === null ? lotOrigin(intoLot as string) : unitOrigin(intoUnit) };
      return [
        placeLeft(lotId, event.data.from, event.data.remaining),
        upsert(lotLinksModel, link, { intoLot, intoSku: intoUnit?.sku ?? null, intoSerial: intoUnit?.serial ?? null }),
        increment(lotLinksModel, link, { quantityMicros: micros(quantity) }),
      ];
    }
    // The link is the input's event; serial counts come from the units model; recalls are the recalls model's.
    case 'LotMadeFrom':
    case 'LotSerialsAssigned':
    case 'LotObserved':
    case 'LotRecalled':
    case 'LotRecallResolved':
      return [];
    default:
      return unhandled(event);
  }
}

const project = (event: ProjectedEvent): Change[] => (isLotEvent(event) ? lotChanges(event) : []);

export const lotsProjection: Projection<'lots'> = { name: 'lots', models: [lotsModel, lotPlacesModel, lotLinksModel, lotVisitsModel], project };
