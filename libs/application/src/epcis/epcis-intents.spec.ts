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
      { kind: 'receive', subjects: [pump('2018')], by: 'urn:epc:id:sgln:0012345.11111.0', location: 'urn:epc:id:sgln:0012345.11111.0' },
    ]);
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
