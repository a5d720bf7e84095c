import { eventually } from '@trace/shared/testing/eventually';
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { epcisSchemaProblems } from '../../../libs/application/src/epcis/epcis-schema';
import { removeDataDir, RunningApi, SLOW_TEST_MS, startApi, tempDataDir } from '../api';
import { commissioning, documentOf } from './epcis-documents';

/* eslint-disable @typescript-eslint/no-explicit-any -- deliveries and answers are untyped JSON; each test asserts the shape it expects */

const TOKEN = 'a-secret-of-the-subscriber-1234';
const sgtin = (serial: string) => `urn:epc:id:sgtin:0614141.107346.${serial}`;
const shipping = (serial: string, eventID: string) => ({
  ...commissioning([sgtin(serial)]),
  eventID,
  action: 'OBSERVE',
  bizStep: 'shipping',
  disposition: 'in_transit',
  destinationList: [{ type: 'owning_party', destination: 'urn:epc:id:pgln:0614141.00001' }],
});
const uuid = (n: number) => `urn:uuid:7d2c7e6e-0b8a-4f4e-9d3e-${String(n).padStart(12, '0')}`;

interface Delivery {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A subscriber's endpoint on this machine: records what it is sent, and answers 500 while told to fail. */
class Inbox {
  readonly deliveries: Delivery[] = [];
  failing = false;
  private readonly server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      if (this.failing) {
        this.refused++;
        response.writeHead(500).end();
        return;
      }
      this.deliveries.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  refused = 0;

  async open(): Promise<string> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/inbox`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  events(): any[] {
    return this.deliveries.flatMap((delivery) => JSON.parse(delivery.body).epcisBody.queryResults.resultsBody.eventList);
  }
}

/** Subscriptions over HTTP (issue 21): signed webhooks of a named query, at least once, in log order, across a restart. */
describe('EPCIS subscriptions', () => {
  jest.setTimeout(SLOW_TEST_MS * 2);
  const inbox = new Inbox();
  const env = { WEBHOOK_ALLOW_HOSTS: '127.0.0.1', HEARTBEAT_SECONDS: '1' };
  let dir: string;
  let api: RunningApi;
  let dest: string;
  let operator: ReturnType<RunningApi['as']>;

  const boot = async () => {
    api = await startApi(dir, true, env);
    operator = api.as(
      (
        await api.http
          .post('/v1/keys')
          .send({ name: `partner-${Date.now()}`, roles: ['operator'] })
          .expect(201)
      ).body.key,
    );
  };
  const capture = async (events: object[]) => {
    const sent = await operator.post('/epcis/capture').send(documentOf(events)).expect(202);
    expect(sent.body.success).toBe(true);
  };

  beforeAll(async () => {
    dir = tempDataDir();
    dest = await inbox.open();
    await boot();
  });
  afterAll(async () => {
    await api.close();
    await inbox.close();
    removeDataDir(dir);
  });

  it('names a query, refuses destinations it must not reach, and subscribes', async () => {
    await capture([commissioning([sgtin('1'), sgtin('2'), sgtin('3'), sgtin('4')])]);
    await capture([shipping('1', uuid(1))]); // before the subscription: never delivered
    const defined = await operator
      .post('/epcis/queries')
      .send({ name: 'shipments', query: { EQ_bizStep: 'shipping', eventType: 'ObjectEvent' } })
      .expect(201);
    expect(defined.headers.location).toBe('/epcis/queries/shipments');
    await operator.post('/epcis/queries').send({ name: 'shipments', query: {} }).expect(409);
    const badQuery = await operator
      .post('/epcis/queries')
      .send({ name: 'bad', query: { GE_eventTime: 'yesterday' } })
      .expect(400);
    expect(badQuery.body.details).toEqual([{ field: 'query.GE_eventTime', message: expect.any(String) }]);

    const subscribe = (body: object, queryName = 'shipments') => operator.post(`/epcis/queries/${queryName}/subscriptions`).send(body);
    const loopback = await subscribe({ dest: 'http://[::1]:9/inbox', signatureToken: TOKEN, stream: true }).expect(400);
    expect(loopback.body.details).toEqual([{ field: 'dest', message: expect.stringContaining('WEBHOOK_ALLOW_HOSTS') }]);
    await subscribe({ dest: 'file:///etc/passwd', signatureToken: TOKEN, stream: true }).expect(400);
    await subscribe({ dest, signatureToken: TOKEN, stream: true }, 'nope').expect(404);
    const subscribed = await subscribe({ dest, signatureToken: TOKEN, stream: true }).expect(201);
    expect(subscribed.body).toEqual({ subscriptionID: expect.any(String), queryName: 'shipments', revision: 1, position: expect.any(Number) });
  });

  it('delivers what matches, captured or native, signed, in log order, in schema-valid documents', async () => {
    await capture([shipping('2', uuid(2))]);
    await operator.post(`/v1/units/10614141073464/3/shipments`).send({ to: 'DC-EAST' }).expect(201);
    await operator.post(`/v1/units/10614141073464/4/moves`).send({ to: 'WH-B' }).expect(201); // not a shipping: not delivered
    await eventually(() => inbox.events().length >= 2, 15_000);
    const events = inbox.events();
    expect(events.map((event) => [event.bizStep, event.epcList])).toEqual([
      ['shipping', [sgtin('2')]],
      ['shipping', ['https://id.gs1.org/01/10614141073464/21/3']],
    ]);
    for (const { headers, body } of inbox.deliveries) {
      expect(headers['gs1-signature']).toBe(`sha256=${createHmac('sha256', TOKEN).update(body).digest('hex')}`);
      expect(headers['content-type']).toBe('application/ld+json');
      const document = JSON.parse(body);
      expect(epcisSchemaProblems(document)).toEqual([]);
      expect(document.epcisBody.queryResults).toEqual(expect.objectContaining({ queryName: 'shipments', subscriptionID: expect.any(String) }));
    }
  });

  it('keeps the signature token sealed: no file of the data directory holds it, the event log included', () => {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.map((file) => file.name)).toEqual(expect.arrayContaining(['events.sqlite', 'secrets.key']));
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name)).includes(TOKEN)).toBe(false);
  });

  it('retries a refused delivery, and keeps its place across a restart', async () => {
    inbox.failing = true;
    await capture([shipping('4', uuid(4))]);
    await eventually(() => inbox.refused >= 2, 15_000);
    await api.close();
    inbox.failing = false;
    const before = inbox.events().length;
    await boot();
    await eventually(() => inbox.events().length > before, 20_000);
    expect(inbox.events().slice(before)).toEqual([expect.objectContaining({ eventID: uuid(4) })]);
    // What was acknowledged before the restart is not delivered again.
    expect(inbox.events().filter((event) => event.eventID === uuid(2))).toHaveLength(1);
  });

  it('ends with DELETE: nothing recorded afterwards is delivered', async () => {
    const subscriptionID = JSON.parse(inbox.deliveries[0].body).epcisBody.queryResults.subscriptionID;
    await operator.delete(`/epcis/queries/shipments/subscriptions/${subscriptionID}`).expect(200);
    await operator.delete(`/epcis/queries/shipments/subscriptions/${subscriptionID}`).expect(404);
    const delivered = inbox.deliveries.length;
    await capture([commissioning([sgtin('5')]), shipping('5', uuid(5))]);
    // A subscription still running would deliver within its next batch; the watcher stops it within a second.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(inbox.deliveries.length).toBe(delivered);
  });
});
