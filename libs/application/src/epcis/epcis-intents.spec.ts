import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cbvTerm } from '@trace/domain';
import { EpcisEventProblem, intentsOf } from './epcis-intents';

/** GS1's own example documents (see test/fixtures/epcis/SOURCES.md): written by the standard's authors, not by us. */
const EXAMPLES = join(__dirname, '../../../../test/fixtures/epcis');
const eventsOf = (file: string) =>
  (JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as { epcisBody: { eventList: Array<Record<string, unknown>> } }).epcisBody.eventList;

describe('EPCIS events as domain intents', () => {
  it('reads CBV terms in every spelling', () => {
    expect(['shipping', 'urn:epcglobal:cbv:bizstep:shipping', 'https://ref.gs1.org/cbv/BizStep-shipping'].map(cbvTerm)).toEqual([
      'shipping',
      'shipping',
      'shipping',
    ]);
  });

  it('maps 9.6.1: a shipping read without a destination is a sighting; a receiving at a bizLocation, a receipt there', () => {
    const [shipped, received] = eventsOf('Example_9.6.1-ObjectEvent.jsonld');
    const pump = (serial: string) => ({ kind: 'unit', gtin: '10614141073464', serial });
    expect(intentsOf(shipped, 'e1')).toEqual([
      {
        kind: 'observe',
        subjects: [pump('2017'), pump('2018')],
        location: 'urn:epc:id:sgln:0614141.07346.1234',
        readPoint: 'urn:epc:id:sgln:0614141.07346.1234',
      },
    ]);
    expect(intentsOf(received, 'e2')).toEqual([
      {
        kind: 'receive',
        subjects: [pump('2018')],
        by: 'urn:epc:id:sgln:0012345.11111.0',
        location: 'urn:epc:id:sgln:0012345.11111.0',
        lots: [],
        transactions: ['http://transaction.acme.com/po/12345678', 'urn:epcglobal:cbv:bt:0614141073467:1152'],
      },
    ]);
  });

  it('maps 9.6.2: a receiving of a lot quantity, counted in its unit', () => {
    const [received] = eventsOf('Example_9.6.2-ObjectEvent.jsonld');
    expect(intentsOf(received, 'e')).toEqual([
      expect.objectContaining({ kind: 'receive', subjects: [], lots: [{ gtin: '04012345123456', lot: '998877', quantity: 200, uom: 'KGM' }] }),
    ]);
  });

  it('moves lot quantities by the steps that move stock, each naming where it happened; other classes are kept as captured', () => {
    const SITE = 'urn:epc:id:sgln:0614141.07346.0';
    const event = (bizStep: string, extra: object) => ({
      type: 'ObjectEvent',
      action: bizStep === 'destroying' ? 'DELETE' : 'OBSERVE',
      bizStep,
      epcList: [],
      bizLocation: { id: SITE },
      quantityList: [
        { epcClass: 'urn:epc:class:lgtin:4012345.012345.998877', quantity: 30, uom: 'KGM' },
        { epcClass: 'urn:epc:idpat:sgtin:4012345.012345.*', quantity: 5 },
        { epcClass: 'urn:trace:lot:L7', quantity: 2 },
      ],
      ...extra,
    });
    const flour = [{ gtin: '04012345123456', lot: '998877', quantity: 30, uom: 'KGM' }];
    const desadv = { bizTransactionList: [{ type: 'desadv', bizTransaction: 'urn:epcglobal:cbv:bt:0614141073467:1152' }] };
    const to = { destinationList: [{ type: 'owning_party', destination: 'urn:epc:id:pgln:0614141.00001' }] };
    expect(intentsOf(event('shipping', { ...to, ...desadv }), 'e')).toEqual([
      { kind: 'ship', subjects: [], to: 'urn:epc:id:pgln:0614141.00001', lots: flour, from: SITE, shipment: 'urn:epcglobal:cbv:bt:0614141073467:1152' },
    ]);
    expect(intentsOf(event('shipping', to), 'e-without-transaction')).toEqual([expect.objectContaining({ shipment: 'e-without-transaction' })]);
    expect(intentsOf(event('retail_selling', {}), 'e')).toEqual([{ kind: 'sell', subjects: [], customer: 'retail', receipt: 'e', lots: flour, from: SITE }]);
    expect(intentsOf(event('destroying', {}), 'e')).toEqual([{ kind: 'scrap', subjects: [], reason: 'destroying', lots: flour, from: SITE }]);
    // A sighting of a quantity moves nothing: the units of an observation move, its lots are kept as captured.
    expect(intentsOf(event('storing', {}), 'e').map((intent) => intent.kind)).toEqual(['observe', 'move']);
    expect(() => intentsOf(event('shipping', { ...to, quantityList: [{ epcClass: 'urn:epc:class:lgtin:4012345.0123', quantity: 1 }] }), 'e')).toThrow(
      /quantityList\[0\]\.epcClass/,
    );
  });

  it('reads Digital Links as it reads EPC URNs (the example names other GTINs, the same serials and places)', () => {
    const shape = (file: string) =>
      eventsOf(file).map((event) => intentsOf(event, 'x').map((intent) => JSON.stringify(intent).replace(/"gtin":"\d{14}"/g, '"gtin":…')));
    expect(shape('Example_9.6.1-ObjectEventWithDigitalLink.jsonld')).toEqual(shape('Example_9.6.1-ObjectEvent.jsonld'));
  });

  it('maps 9.6.3: an aggregation observed is its SSCC sighted; added, its children packed; deleted, unpacked', () => {
    const [observed] = eventsOf('Example_9.6.3-AggregationEvent.jsonld');
    const pallet = { kind: 'container', sscc: '106141412345678908' };
    expect(intentsOf(observed, 'e')).toEqual([expect.objectContaining({ kind: 'observe', subjects: [pallet] })]);
    expect(intentsOf({ ...observed, action: 'ADD' }, 'e')).toEqual([expect.objectContaining({ kind: 'pack', container: pallet.sscc })]);
    expect(intentsOf({ ...observed, action: 'DELETE' }, 'e')).toEqual([expect.objectContaining({ kind: 'unpack', container: pallet.sscc })]);
  });

  it('keeps what the domain does not map as captured, and refuses a malformed identifier with its field', () => {
    for (const event of eventsOf('Example-TransactionEvents-2020_07_03y.jsonld')) expect(intentsOf(event, 'e')[0].kind).toBe('kept-as-captured');
    expect(() => intentsOf({ type: 'ObjectEvent', action: 'OBSERVE', epcList: ['urn:epc:id:sgtin:0614141.107346'], readPoint: { id: 'X' } }, 'e')).toThrow(
      EpcisEventProblem,
    );
  });
});
