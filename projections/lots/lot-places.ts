import { micros } from '@trace/domain';
import { Change, increment, ReadModel, remove, upsert } from '@trace/read-store';

export type LotPlaceKind = 'location' | 'transit' | 'customer';

/**
 * Where a lot's quantity is: at a location, in transit on a shipment (to a party), or with a customer. A
 * location whose stock reaches 0 is removed (events say what remains), so "lots at a location" lists only
 * lots with stock there.
 */
export interface LotPlaceDocument {
  lotId: string;
  kind: LotPlaceKind;
  /** The location, shipment id or customer. */
  place: string;
  quantityMicros: number;
  /** The party a shipment goes to. */
  to: string | null;
}

export const lotPlacesModel: ReadModel<LotPlaceDocument> = {
  name: 'lot_places',
  key: ['lotId', 'kind', 'place'],
  fields: { lotId: 'text', kind: 'text', place: 'text', quantityMicros: 'integer', to: 'text' },
  indexes: [['kind', 'place']],
};

/**
 * Lot-to-lot and lot-to-unit genealogy: `quantity` of lot `input` consumed into a lot (`intoLot`) or a unit.
 * Inputs of a lot and outputs of a lot are each one indexed query.
 */
export interface LotLinkDocument {
  input: string;
  /** The lineage origin of what it went into: `lot:<lotId>` or `unit:<sku>:<serial>`. */
  into: string;
  intoLot: string | null;
  intoSku: string | null;
  intoSerial: string | null;
  /** In the input's unit of measure. */
  quantityMicros: number;
}

export const lotLinksModel: ReadModel<LotLinkDocument> = {
  name: 'lot_links',
  key: ['input', 'into'],
  fields: { input: 'text', into: 'text', intoLot: 'text', intoSku: 'text', intoSerial: 'text', quantityMicros: 'integer' },
  indexes: [['intoLot']],
};

/**
 * Every location a lot ever had stock at, kept when the stock leaves: where time travel looks for the lots that
 * were at a location at some earlier instant (each candidate's own stream then says how much).
 */
export interface LotVisitDocument {
  location: string;
  lotId: string;
  /** How many times stock of the lot arrived there. */
  arrivals: number;
}

export const lotVisitsModel: ReadModel<LotVisitDocument> = {
  name: 'lot_visits',
  key: ['location', 'lotId'],
  fields: { location: 'text', lotId: 'text', arrivals: 'integer' },
  indexes: [],
};

/** Stock arriving at a location: it is there, and the lot has been there. */
export const arrived = (lotId: string, location: string, quantity: number): Change[] => [
  placeTaken(lotId, 'location', location, quantity),
  visited(lotId, location),
];

export const visited = (lotId: string, location: string): Change => increment(lotVisitsModel, { location, lotId }, { arrivals: 1 });

/** Quantity added to a place (negative: taken from one whose remainder is not known). */
export const placeTaken = (lotId: string, kind: LotPlaceKind, place: string, quantity: number): Change =>
  increment(lotPlacesModel, { lotId, kind, place }, { quantityMicros: micros(quantity) });

/** A location (or customer) after stock left it: what remains, or nothing. */
export const placeLeft = (lotId: string, place: string, remaining: number, kind: LotPlaceKind = 'location'): Change =>
  remaining === 0 ? remove(lotPlacesModel, { lotId, kind, place }) : upsert(lotPlacesModel, { lotId, kind, place }, { quantityMicros: micros(remaining) });

/** A closed shipment is no longer in transit. */
export const transitOf = (lotId: string, shipmentId: string): Change => remove(lotPlacesModel, { lotId, kind: 'transit', place: shipmentId });
