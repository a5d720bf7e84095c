import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { DomainEvent } from '@trace/domain';
import { recorded } from '../../../../projections/testing/materialise';
import { nativeEpcis } from '../../../../projections/epcis/native-epcis';
import { containerEpc, lotEpcClass, ProductNaming, renderNative, unitEpc } from './epcis-rendering';
import { intentsOf } from './epcis-intents';

/** PUMP declares its company prefix length (EPC URNs), SEAL and FLOUR only a GTIN (Digital Links), KIT no GTIN. */
const PRODUCTS: Record<string, ReturnType<ProductNaming>> = {
  PUMP: { gtin: '10614141073464', gs1CompanyPrefixLength: 7 },
  SEAL: { gtin: '4012345111118', gs1CompanyPrefixLength: null },
  FLOUR: { gtin: '04012345222227', gs1CompanyPrefixLength: 7 },
  BREAD: { gtin: '04012345111118', gs1CompanyPrefixLength: null },
  KIT: { gtin: null, gs1CompanyPrefixLength: null },
};
const naming: ProductNaming = (sku) => PRODUCTS[sku] ?? null;

const meta = { eventID: 'urn:uuid:5a1f6c8e-0d4b-4c1e-9a57-3c2f1e0b9d11', eventTime: '2026-01-01T10:00:00.000Z', recordTime: '2026-01-01T10:00:01.000Z' };
const rendered = (event: DomainEvent): Record<string, unknown> => {
  const native = nativeEpcis(recorded([event])[0]);
  if (native === null) throw new Error(`${event.type} has no EPCIS event`);
  return renderNative(native, meta, naming);
};

const schema = JSON.parse(readFileSync(join(__dirname, 'gs1/EPCIS-JSON-Schema.json'), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validDocument = ajv.compile(schema);
/** The schema's verdict on the events in an EPCISDocument: null when valid, else its errors. */
function schemaErrors(events: Array<Record<string, unknown>>): string | null {
  const document = {
    '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: '2026-01-01T10:00:02.000Z',
    epcisBody: { eventList: events },
  };
  return validDocument(document) ? null : ajv.errorsText(validDocument.errors);
}

const SGLN = 'urn:epc:id:sgln:0614141.07346.1234';
const pump = { sku: 'PUMP', serial: '2017' };

describe('native facts rendered as EPCIS 2.0 events', () => {
  it('names a unit by SGTIN URN, Digital Link or its own URN, escaping its serial as each form requires', () => {
    expect(unitEpc('PUMP', '2017', naming)).toBe('urn:epc:id:sgtin:0614141.107346.2017');
    expect(unitEpc('PUMP', 'A/B&C?%"<>', naming)).toBe('urn:epc:id:sgtin:0614141.107346.A%2FB%26C%3F%25%22%3C%3E');
    expect(unitEpc('PUMP', "x!'()*+,-.:;=_", naming)).toBe("urn:epc:id:sgtin:0614141.107346.x!'()*+,-.:;=_");
    expect(unitEpc('SEAL', "A/B(1)!'*", naming)).toBe('https://id.gs1.org/01/04012345111118/21/A%2FB%281%29%21%27%2A');
    // A serial GS1 cannot carry (a space, more than 20 characters) and a product without a GTIN keep the service's names.
    expect(unitEpc('PUMP', 'S 1', naming)).toBe('urn:trace:unit:PUMP:S%201');
    expect(unitEpc('PUMP', '123456789012345678901', naming)).toBe('urn:trace:unit:PUMP:123456789012345678901');
    expect(unitEpc('kit/2', 'é1', naming)).toBe('urn:trace:unit:kit%2F2:%C3%A91');
    expect(unitEpc('KIT', '7', naming)).toBe('urn:trace:unit:KIT:7');
  });

  it('names a lot as an LGTIN class or a Digital Link, and a container by its SSCC', () => {
    expect(lotEpcClass('FLOUR', 'L/7', naming)).toBe('urn:epc:class:lgtin:4012345.022222.L%2F7');
    expect(lotEpcClass('SEAL', 'L 7', naming)).toBe('urn:trace:lot:L%207');
    expect(lotEpcClass('SEAL', 'L7', naming)).toBe('https://id.gs1.org/01/04012345111118/10/L7');
    expect(lotEpcClass(null, 'L7', naming)).toBe('urn:trace:lot:L7');
    expect(containerEpc('106141412345678908')).toBe('https://id.gs1.org/00/106141412345678908');
    expect(containerEpc('PALLET 7')).toBe('urn:trace:container:PALLET%207');
  });

  it('renders a commissioning in full, with places and parties that are not URIs in the service URN', () => {
    const commissioning = rendered({ type: 'SerialAssigned', data: { ...pump, lotId: 'L7', location: 'WH 1', expiresAt: '2027-01-31' } });
    expect(commissioning).toEqual({
      type: 'ObjectEvent',
      eventTime: '2026-01-01T10:00:00.000Z',
      eventTimeZoneOffset: '+00:00',
      recordTime: '2026-01-01T10:00:01.000Z',
      eventID: 'urn:uuid:5a1f6c8e-0d4b-4c1e-9a57-3c2f1e0b9d11',
      epcList: ['urn:epc:id:sgtin:0614141.107346.2017'],
      action: 'ADD',
      bizStep: 'commissioning',
      disposition: 'active',
      bizLocation: { id: 'urn:trace:location:WH%201' },
      ilmd: { 'cbvmda:lotNumber': 'L7', 'cbvmda:itemExpirationDate': '2027-01-31' },
    });
    const sale = rendered({ type: 'UnitSold', data: { sku: 'SEAL', serial: 'S1', from: SGLN, customer: 'Alice B', receipt: 'R-1' } });
    expect(sale).toMatchObject({
      epcList: ['https://id.gs1.org/01/04012345111118/21/S1'],
      readPoint: { id: SGLN },
      sourceList: [{ type: 'location', source: SGLN }],
      destinationList: [{ type: 'owning_party', destination: 'urn:trace:party:Alice%20B' }],
      bizTransactionList: [{ bizTransaction: 'urn:trace:transaction:R-1' }],
    });
    expect(schemaErrors([commissioning, sale])).toBeNull();
  });

  it('renders lot quantities, aggregations and transformations that the official schema accepts', () => {
    const registered = { lotId: 'L7', sku: 'FLOUR', producedAt: null, expiresAt: null, site: null, quantity: 250.5, uom: 'KGM', location: 'MILL' };
    const lot = rendered({ type: 'LotRegistered', data: registered });
    expect(lot).toMatchObject({ quantityList: [{ epcClass: 'urn:epc:class:lgtin:4012345.022222.L7', quantity: 250.5, uom: 'KGM' }], action: 'ADD' });
    expect(lot).not.toHaveProperty('epcList');
    const packed = rendered({
      type: 'ContentsPacked',
      data: { containerId: '106141412345678908', units: [pump, { sku: 'KIT', serial: '7' }], containers: ['CASE 9'] },
    });
    expect(packed).toMatchObject({
      type: 'AggregationEvent',
      parentID: 'https://id.gs1.org/00/106141412345678908',
      childEPCs: ['urn:epc:id:sgtin:0614141.107346.2017', 'urn:trace:unit:KIT:7', 'urn:trace:container:CASE%209'],
      action: 'ADD',
      bizStep: 'packing',
    });
    const holder = { status: 'in_stock', location: 'WH-1', custodian: null, customer: null, container: null };
    const entry = { origin: 'lot:STEEL-1', how: 'consumed' as const, path: [pump] };
    const consumed = rendered({ type: 'LotConsumed', data: { ...pump, lotId: 'STEEL-1', quantity: 1.25, entry, holder } });
    expect(consumed).toMatchObject({
      inputQuantityList: [{ epcClass: 'urn:trace:lot:STEEL-1', quantity: 1.25 }],
      outputEPCList: ['urn:epc:id:sgtin:0614141.107346.2017'],
      bizLocation: { id: 'urn:trace:location:WH-1' },
    });
    expect(consumed).not.toHaveProperty('action');
    const made = rendered({ type: 'LotMadeFrom', data: { lotId: 'BREAD-1', input: 'L7', quantity: 20, uom: 'KGM' } });
    expect(made).toMatchObject({
      inputQuantityList: [{ epcClass: 'urn:trace:lot:L7', quantity: 20, uom: 'KGM' }],
      outputQuantityList: [{ epcClass: 'urn:trace:lot:BREAD-1' }],
    });
    const shipped = rendered({ type: 'LotShipped', data: { lotId: 'L7', shipmentId: 'SH-1', from: 'MILL', to: 'BAKERY', quantity: 100, remaining: 150.5 } });
    expect(schemaErrors([lot, packed, consumed, made, shipped])).toBeNull();
  });

  it('renders native facts that the capture maps back to the same facts', () => {
    const unit = { kind: 'unit', gtin: '10614141073464', serial: '2017' };
    const party = 'urn:epc:id:pgln:0614141.00002';
    const back = (event: DomainEvent) => intentsOf(rendered(event), meta.eventID);
    expect(back({ type: 'SerialAssigned', data: { ...pump, lotId: 'L7', location: SGLN, expiresAt: '2027-01-31T00:00:00Z' } })).toEqual([
      { kind: 'commission', units: [unit], location: SGLN, lot: 'L7', expiry: '2027-01-31' },
    ]);
    expect(back({ type: 'UnitShipped', data: { ...pump, from: SGLN, to: party } })).toEqual([
      { kind: 'ship', subjects: [unit], to: party, lots: [], from: SGLN, shipment: meta.eventID },
    ]);
    expect(back({ type: 'UnitReceived', data: { ...pump, by: party, location: SGLN } })).toEqual([
      { kind: 'receive', subjects: [unit], by: party, location: SGLN, lots: [], transactions: [] },
    ]);
    expect(back({ type: 'UnitSold', data: { ...pump, from: SGLN, customer: party, receipt: 'urn:example:receipt:1' } })).toEqual([
      { kind: 'sell', subjects: [unit], customer: party, receipt: 'urn:example:receipt:1', lots: [], from: SGLN },
    ]);
    expect(back({ type: 'UnitMoved', data: { ...pump, from: 'elsewhere', to: SGLN, reason: null } })).toContainEqual({
      kind: 'move',
      subjects: [unit],
      to: SGLN,
    });
    expect(back({ type: 'UnitScrapped', data: { ...pump, reason: 'crushed', from: SGLN } })).toEqual([
      { kind: 'scrap', subjects: [unit], reason: 'destroying', lots: [], from: SGLN },
    ]);
    expect(back({ type: 'ContentsPacked', data: { containerId: '106141412345678908', units: [pump], containers: [] } })).toEqual([
      expect.objectContaining({ kind: 'pack', container: '106141412345678908', units: [unit] }),
    ]);
    const registered = { lotId: 'L7', sku: 'FLOUR', producedAt: null, expiresAt: null, site: null, quantity: 250.5, uom: 'KGM', location: SGLN };
    expect(back({ type: 'LotRegistered', data: registered })).toEqual([
      { kind: 'commission-lots', lots: [{ gtin: '04012345222227', lot: 'L7', quantity: 250.5, uom: 'KGM' }], location: SGLN },
    ]);
    // A lot's change names no product: queries take its SKU from the lot's record, and then name it by its LGTIN.
    const ofFlour = (event: DomainEvent) => {
      const native = nativeEpcis(recorded([event])[0]);
      if (native === null) throw new Error(`${event.type} has no EPCIS event`);
      const subjects = native.subjects.map((subject) => (subject.kind === 'lot' ? { ...subject, sku: 'FLOUR', uom: 'KGM' } : subject));
      return intentsOf(renderNative({ ...native, subjects }, meta, naming), meta.eventID);
    };
    const flour = (quantity: number) => [{ gtin: '04012345222227', lot: 'L7', quantity, uom: 'KGM' }];
    const shipment = 'urn:trace:transaction:SH-1';
    expect(ofFlour({ type: 'LotShipped', data: { lotId: 'L7', shipmentId: 'SH-1', from: SGLN, to: party, quantity: 100, remaining: 150.5 } })).toEqual([
      { kind: 'ship', subjects: [], to: party, lots: flour(100), from: SGLN, shipment },
    ]);
    expect(ofFlour({ type: 'LotReceived', data: { lotId: 'L7', shipmentId: 'SH-1', by: party, location: SGLN, quantity: 60 } })).toEqual([
      { kind: 'receive', subjects: [], by: party, location: SGLN, lots: flour(60), transactions: [shipment] },
    ]);
    expect(ofFlour({ type: 'LotSold', data: { lotId: 'L7', from: SGLN, customer: party, quantity: 2.5, receipt: 'R-9', remaining: 57.5 } })).toEqual([
      { kind: 'sell', subjects: [], customer: party, receipt: 'urn:trace:transaction:R-9', lots: flour(2.5), from: SGLN },
    ]);
    expect(ofFlour({ type: 'LotDisposed', data: { lotId: 'L7', from: SGLN, quantity: 7.5, reason: 'spoiled', remaining: 50 } })).toEqual([
      { kind: 'scrap', subjects: [], reason: 'destroying', lots: flour(7.5), from: SGLN },
    ]);
    // Without it (a lot of no product with a GTIN), the service's own lot URN: kept as captured by another repository.
    expect(back({ type: 'LotShipped', data: { lotId: 'L7', shipmentId: 'SH-1', from: SGLN, to: party, quantity: 100, remaining: 150.5 } })).toEqual([
      expect.objectContaining({ kind: 'ship', lots: [] }),
    ]);
  });
});
