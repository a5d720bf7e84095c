import { gs1CheckDigit } from '@trace/domain';
import { readdirSync } from 'node:fs';
import { epcisSchemaProblems } from '../../../libs/application/src/epcis/epcis-schema';
import { startedForSuite } from '../api';
import { commissioning, documentOf, EpcisClient, epcisClient, example, EXAMPLES } from './epcis-documents';

/* eslint-disable @typescript-eslint/no-explicit-any -- supertest answers untyped bodies; each test asserts the shape it expects */

/** The GTIN-14 an SGTIN or LGTIN URN names (`urn:epc:id:sgtin:{company}.{indicator}{item}.{serial}`), which capture makes the SKU. */
function gtinOf(urn: string): string {
  const [company, reference] = urn.split(':')[4].split('.');
  const digits = `${reference[0]}${company}${reference.slice(1)}`;
  return `${digits}${gs1CheckDigit(digits)}`;
}

const HERE = 'urn:epc:id:sgln:0614141.07346.0';
const unitsOf = (urns: string[]) => commissioning(urns, { bizLocation: { id: HERE } });
const lotOf = (lgtin: string, quantity: number, uom?: string) =>
  commissioning([], { epcList: [], quantityList: [{ epcClass: lgtin, quantity, ...(uom ? { uom } : {}) }], bizLocation: { id: HERE } });

/** What GS1's examples name must exist before they can happen: commissioned here, by EPCIS too. */
const PREREQUISITES = documentOf([
  unitsOf(['urn:epc:id:sgtin:0614141.107346.2017', 'urn:epc:id:sgtin:0614141.107346.2018']),
  unitsOf(['https://id.gs1.org/01/70614141123451/21/2017', 'https://id.gs1.org/01/70614141123451/21/2018']),
  unitsOf(['urn:epc:id:sgtin:4012345.011122.25', 'urn:epc:id:sgtin:4000001.065432.99886655', 'urn:epc:id:sgtin:4012345.011111.987']),
  unitsOf(['urn:epc:id:sgtin:4012345.011111.9876']),
  unitsOf(Array.from({ length: 10 }, (_, i) => `urn:epc:id:sgtin:9520001.012346.100000010${String(i + 1).padStart(2, '0')}`)),
  lotOf('urn:epc:class:lgtin:4012345.011111.4444', 100, 'KGM'),
  lotOf('urn:epc:class:lgtin:0614141.077777.987', 60),
  lotOf('urn:epc:class:lgtin:4012345.022222.87545GHGH', 800, 'KGM'),
  // 9.6.2 receives 200 kg of it, shipped by nothing recorded: it arrives from where it was all the same.
  lotOf('urn:epc:class:lgtin:4012345.012345.998877', 500, 'KGM'),
  {
    type: 'AggregationEvent',
    eventTime: '2026-11-02T09:00:00.000Z',
    eventTimeZoneOffset: '+00:00',
    parentID: 'urn:epc:id:sscc:0614141.1234567890',
    childEPCs: ['urn:epc:id:sgtin:0614141.107346.2017'],
    action: 'ADD',
    bizStep: 'packing',
    bizLocation: { id: HERE },
  },
]);

type Json = Record<string, any>;
const eventsOf = (file: string): Json[] => example(file).epcisBody.eventList;
const FILES = readdirSync(EXAMPLES).filter((name) => name.endsWith('.jsonld') && name !== 'EPCISQueryDocument.jsonld');

/** Every official example captured, its effect on the native API, and each event read back as it came (issue 21). */
describe('GS1’s EPCIS 2.0 examples over HTTP', () => {
  const suite = startedForSuite();
  let epcis: EpcisClient;
  const jobs = new Map<string, Json>();

  beforeAll(async () => {
    epcis = await epcisClient(suite.api);
    const prepared = await epcis.capture(PREREQUISITES);
    if (!prepared.body.success) throw new Error(`prerequisites: ${JSON.stringify(prepared.body)}`);
    // 9.6.1 before its copy with an error declaration, which shares its receiving event.
    const first = 'Example_9.6.1-ObjectEvent.jsonld';
    for (const file of [first, ...FILES.filter((name) => name !== first)]) jobs.set(file, (await epcis.capture(example(file))).body);
  });

  it('captures every example document whole (under rollback)', () => {
    for (const [file, job] of jobs) expect([file, job]).toEqual([file, expect.objectContaining({ success: true, errors: [] })]);
    // object_event_all_possible_fields reuses the eventID of ErrorDeclarationAndCorrectiveEvent's first event: the same id is the same event.
    expect(jobs.get('object_event_all_possible_fields.jsonld')?.applied).toBe(0);
    expect(jobs.get('Example_9.6.1-ObjectEvent-with-error-declaration.jsonld')).toEqual(expect.objectContaining({ events: 2, applied: 1 }));
  });

  it('shows each mapped example’s effect on the native API', async () => {
    const pump = gtinOf('urn:epc:id:sgtin:0614141.107346.2017');
    // 9.6.1: the shipping read at a read point is a sighting there; the receiving, a receipt at its bizLocation.
    const sighted = await epcis.read(`/v1/units/${pump}/2017/history`);
    expect(sighted.items.map((event: Json) => event.type)).toContain('UnitObserved');
    expect(await epcis.read(`/v1/units/${pump}/2018`)).toEqual(expect.objectContaining({ status: 'in_stock', location: 'urn:epc:id:sgln:0012345.11111.0' }));
    expect(await epcis.read('/v1/units/70614141123451/2018')).toEqual(expect.objectContaining({ location: 'urn:epc:id:sgln:0012345.11111.0' }));
    // 9.6.2: the lot received at its bizLocation, in stock there, the rest where it was.
    expect((await epcis.read('/v1/lots/998877/stock')).atLocations).toEqual([
      { location: 'urn:epc:id:sgln:0614141.00888.0', quantity: 200 },
      { location: HERE, quantity: 300 },
    ]);
    // 9.6.3: the pallet observed while received is sighted at the bizLocation.
    const sightings = await epcis.read(`/epcis/events?MATCH_parentID=${encodeURIComponent('https://id.gs1.org/00/106141412345678908')}&EQ_bizStep=receiving`);
    expect(sightings.epcisBody.queryResults.resultsBody.eventList).toHaveLength(2);
    // 9.6.4: new outputs commissioned where it happened, lots consumed into them, the input units retired into them.
    const output = gtinOf('urn:epc:id:sgtin:4012345.077889.25');
    expect(await epcis.read(`/v1/units/${output}/25`)).toEqual(expect.objectContaining({ location: 'urn:epc:id:sgln:4012345.00001.0' }));
    const genealogy = JSON.stringify(await epcis.read(`/v1/units/${output}/26/genealogy`));
    expect(genealogy).toContain('4444');
    expect(genealogy).toContain('987');
    expect(await epcis.read(`/v1/units/${gtinOf('urn:epc:id:sgtin:4012345.011122.25')}/25`)).toEqual(expect.objectContaining({ status: 'scrapped' }));
    expect((await epcis.read('/v1/lots/4444/stock')).atLocations).toEqual([{ location: HERE, quantity: 90 }]);
    // The corrective transformation was carried out, the erroneous one it corrects never was.
    const corrected = await epcis.read(`/v1/units/${gtinOf('urn:epc:id:sgtin:4012345.033333.AGHFG')}/AGHFG/genealogy`);
    expect(JSON.stringify(corrected)).toContain('87545GHGH');
    expect((await epcis.read('/v1/lots/87545GHGH/stock')).atLocations).toEqual([{ location: HERE, quantity: 300 }]);
    // PersistentDisposition: ten units received at the bizLocation.
    const received = await epcis.read(`/v1/units/${gtinOf('urn:epc:id:sgtin:9520001.012346.10000001001')}/10000001001`);
    expect(received).toEqual(expect.objectContaining({ location: 'urn:epc:id:sgln:9529999.99999.0' }));
  });

  it('answers every captured example event as it came, extensions, sensor data and certification included, in schema-valid documents', async () => {
    for (const file of FILES) {
      for (const event of eventsOf(file)) {
        if (typeof event.eventID !== 'string') continue;
        const document = await epcis.read(`/epcis/events/${encodeURIComponent(event.eventID)}`);
        expect([file, epcisSchemaProblems(document)]).toEqual([file, []]);
        const [answered] = document.epcisBody.queryResults.resultsBody.eventList;
        if (file === 'object_event_all_possible_fields.jsonld') continue; // Its id is another example's event, captured first.
        const { recordTime, ...asCaptured } = answered;
        expect(recordTime).toEqual(expect.any(String));
        expect([file, asCaptured]).toEqual([
          file,
          event.errorDeclaration ? event : { ...event, ...(asCaptured.errorDeclaration ? { errorDeclaration: asCaptured.errorDeclaration } : {}) },
        ]);
      }
    }
  });

  it('marks a declared event erroneous where queries show it, and finds declared events', async () => {
    const [erroneous] = eventsOf('ErrorDeclarationAndCorrectiveEvent.jsonld');
    const shown = await epcis.read(`/epcis/events/${encodeURIComponent(erroneous.eventID)}`);
    expect(shown.epcisBody.queryResults.resultsBody.eventList[0].errorDeclaration).toEqual(erroneous.errorDeclaration);
    const declared = await epcis.read('/epcis/events?EXISTS_errorDeclaration=true');
    expect(declared.epcisBody.queryResults.resultsBody.eventList.map((event: Json) => event.eventID).sort()).toEqual(
      [erroneous.eventID, eventsOf('Example_9.6.1-ObjectEvent-with-error-declaration.jsonld')[0].eventID].sort(),
    );
  });

  it('keeps what the domain does not map (transactions on GSRNs and GIAIs, associations) as captured, found by its identifiers', async () => {
    const giai = await epcis.read(`/epcis/events?MATCH_epc=${encodeURIComponent('urn:epc:id:giai:952005385.w2')}`);
    expect(giai.epcisBody.queryResults.resultsBody.eventList).toEqual([expect.objectContaining({ type: 'TransactionEvent', bizStep: 'transporting' })]);
    const grai = await epcis.read(`/epcis/events?MATCH_parentID=${encodeURIComponent('urn:epc:id:grai:4012345.55555.987')}`);
    expect(grai.epcisBody.queryResults.resultsBody.eventList).toEqual([expect.objectContaining({ type: 'AssociationEvent' })]);
  });
});
