import { randomUUID } from 'node:crypto';

type Json = Record<string, unknown>;

export const EPCIS_CONTEXT = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'];

/** E1's product: SGTINs `urn:epc:id:sgtin:0614141.107346.<serial>` are units of GTIN 10614141073464. */
export const E1_SKU = 'E1-WIDGET';
export const E1_GTIN = '10614141073464';
const E1_EPC_CLASS = '0614141.107346';
export const E1_SITE = 'urn:epc:id:sgln:0614141.07346.0';
const E1_DOCK = 'urn:epc:id:sgln:0614141.07346.1234';
export const E1_OWNER = 'urn:epc:id:pgln:0614141.00001';

export const e1Epc = (serial: number): string => `urn:epc:id:sgtin:${E1_EPC_CLASS}.${serial}`;

/** An EPCISDocument around `events`, as a partner sends one. */
export const epcisDocument = (events: Json[]): Json => ({
  '@context': EPCIS_CONTEXT,
  type: 'EPCISDocument',
  schemaVersion: '2.0',
  creationDate: new Date().toISOString(),
  epcisBody: { eventList: events },
});

/** Fields every E1 event has; an eventID `urn:uuid:…` unless `withId` is false (then the capture knows it by its canonical hash). */
const common = (eventTime: string, withId: boolean): Json => ({
  ...(withId ? { eventID: `urn:uuid:${randomUUID()}` } : {}),
  type: 'ObjectEvent',
  eventTime,
  eventTimeZoneOffset: '+00:00',
});

/** A unit commissioned (ADD, commissioning, active) at E1's site. */
export const commissioning = (serial: number, eventTime: string, withId: boolean): Json => ({
  ...common(eventTime, withId),
  epcList: [e1Epc(serial)],
  action: 'ADD',
  bizStep: 'commissioning',
  disposition: 'active',
  readPoint: { id: E1_DOCK },
  bizLocation: { id: E1_SITE },
});

/** The unit shipped (OBSERVE, shipping, in_transit) to E1's owning party. */
export const shipping = (serial: number, eventTime: string, withId: boolean): Json => ({
  ...common(eventTime, withId),
  epcList: [e1Epc(serial)],
  action: 'OBSERVE',
  bizStep: 'shipping',
  disposition: 'in_transit',
  readPoint: { id: E1_DOCK },
  destinationList: [{ type: 'owning_party', destination: E1_OWNER }],
});
