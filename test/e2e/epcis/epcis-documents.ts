import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Response } from 'supertest';
import { Client, RunningApi } from '../api';

/* eslint-disable @typescript-eslint/no-explicit-any -- documents read back are asserted by each test */

type Json = Record<string, any>;

/** GS1's example documents (test/fixtures/epcis/SOURCES.md): written by the standard's authors, not by us. */
export const EXAMPLES = join(__dirname, '../../fixtures/epcis');

export const example = (file: string): Json => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Json;

export const CONTEXT = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'];

/** An EPCISDocument around `events`, as a partner sends one. */
export const documentOf = (events: Json[]): Json => ({
  '@context': CONTEXT,
  type: 'EPCISDocument',
  schemaVersion: '2.0',
  creationDate: '2026-12-01T10:00:00.000Z',
  epcisBody: { eventList: events },
});

/** A commissioning of SGTINs at an SGLN, with a lot and expiry in its ilmd. */
export const commissioning = (epcs: string[], extra: Json = {}): Json => ({
  type: 'ObjectEvent',
  eventTime: '2026-11-02T08:00:00.000Z',
  eventTimeZoneOffset: '+01:00',
  epcList: epcs,
  action: 'ADD',
  bizStep: 'commissioning',
  disposition: 'active',
  readPoint: { id: 'urn:epc:id:sgln:0614141.07346.1234' },
  bizLocation: { id: 'urn:epc:id:sgln:0614141.07346.0' },
  ...extra,
});

/** An operator's client of the EPCIS routes, which reads what a capture changed once the read models include it. */
export interface EpcisClient {
  client: Client;
  capture(document: Json, behaviour?: 'rollback' | 'proceed'): Promise<Response>;
  /** GET as JSON, waiting for every write so far (or `position`); fails on anything but 200. */
  read(path: string, position?: number): Promise<any>;
}

export async function epcisClient(api: RunningApi): Promise<EpcisClient> {
  const issued = await api.http
    .post('/v1/keys')
    .send({ name: 'partner', roles: ['operator'] })
    .expect(201);
  const client = api.as(issued.body.key);
  let seen = 0;
  return {
    client,
    async capture(document, behaviour) {
      const sending = client.post('/epcis/capture').set('content-type', 'application/ld+json');
      const sent = await (behaviour ? sending.set('GS1-Capture-Error-Behaviour', behaviour) : sending).send(JSON.stringify(document));
      seen = Math.max(seen, sent.body?.position ?? 0);
      return sent;
    },
    async read(path, position = seen) {
      const answer = await client.get(path).set('X-Min-Position', String(position));
      if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    },
  };
}
