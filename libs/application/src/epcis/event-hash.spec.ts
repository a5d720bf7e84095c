import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalEventHash, preHashString } from './event-hash';

type Json = Record<string, unknown>;
type EpcisDocument = { '@context': unknown; epcisBody: { eventList?: Json[]; queryResults?: { resultsBody: { eventList: Json[] } } } };

const example = (name: string): EpcisDocument => JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures/epcis', name), 'utf8')) as EpcisDocument;
const eventsOf = (document: EpcisDocument): Json[] => document.epcisBody.eventList ?? document.epcisBody.queryResults?.resultsBody.eventList ?? [];
const withoutEventId = ({ eventID: _eventID, ...event }: Json): Json => event;
const ni = (hex: string): string => `ni:///sha-256;${hex}?ver=CBV2.0`;

describe('canonicalEventHash on GS1 example documents', () => {
  // None of the ni: eventIDs these files carry is reproduced, here or by any version of the reference implementation:
  // they were written in February 2021 (gs1/EPCIS fbfeba3) and the events have been edited since, so they are not compared.
  // The expected hashes were computed with the reference implementation (RalphTro/epcis-event-hash-generator, 5d2f1c3).
  // Left out: object_event_all_possible_fields, where it writes the boolean true as Python's `True` and keeps the `cbvmda:`
  // prefix unexpanded, and Example-TransactionEvents, whose untyped business transaction it fails on.
  it.each([
    ['AssociationEvent-a.jsonld', 0, '39141606ab0b3f7839735303d670b16acdd6faf573d27564ebb3f76ad23e4ff7'],
    ['EPCISQueryDocument.jsonld', 0, 'df6523665bc5e5803d6c7b84f5a04e103694d8220f2abc4f2c74310e89f31bc6'],
    ['EPCISQueryDocument.jsonld', 1, '32547b2344d525ea60ab1b899d82a9011fd9c39bb26ed936e113066146f49941'],
    ['ErrorDeclarationAndCorrectiveEvent.jsonld', 0, 'db50dd61ad0309f0f727d7b1f9335728d77c07b2ba13f82fe58a87f42e943a2a'],
    ['ErrorDeclarationAndCorrectiveEvent.jsonld', 1, 'e74d8397fb06e337c3a9ffdf00effff305de5fc8ec6f0fbae28b036f4320cfda'],
    ['Example_9.6.1-ObjectEvent-with-error-declaration.jsonld', 0, 'df6523665bc5e5803d6c7b84f5a04e103694d8220f2abc4f2c74310e89f31bc6'],
    ['Example_9.6.1-ObjectEvent-with-error-declaration.jsonld', 1, '32547b2344d525ea60ab1b899d82a9011fd9c39bb26ed936e113066146f49941'],
    ['Example_9.6.1-ObjectEvent.jsonld', 0, 'df6523665bc5e5803d6c7b84f5a04e103694d8220f2abc4f2c74310e89f31bc6'],
    ['Example_9.6.1-ObjectEvent.jsonld', 1, '32547b2344d525ea60ab1b899d82a9011fd9c39bb26ed936e113066146f49941'],
    ['Example_9.6.1-ObjectEventWithDigitalLink.jsonld', 0, 'd3b08a0fc053bb7dc4065fe2664c18886e2f729abd1221520beffb55831da327'],
    ['Example_9.6.1-ObjectEventWithDigitalLink.jsonld', 1, '4edc29e1e6848aa19422f37f8dae23bf0865378b0953d83aa1062e6c86131ea6'],
    ['Example_9.6.2-ObjectEvent.jsonld', 0, '352ffde936674c01925b7686e6725cc7f66867d2843fcb4e7b0e38c96011a27f'],
    ['Example_9.6.3-AggregationEvent.jsonld', 0, '96b6bf98742a60dbfaa2dda08b63435ce67079d224ea27d63e55e62a7843b878'],
    ['Example_9.6.3-AggregationEventWithDigitalLink.jsonld', 0, 'c6d04a3b2879ee8b89a595053f328830b802fb76f7d148909c574174561465e4'],
    ['Example_9.6.4-TransformationEvent.jsonld', 0, 'c794227acf3a4d9be9ba1f8340425782f88a0f4e3f35b533a8bf8f1bc206a379'],
    ['PersistentDisposition-example.jsonld', 0, '8bc6684804a20deaf675f96e6b452bdd61be2558611da841fd1bf0bf96b23e8e'],
    ['PersistentDisposition-example.jsonld', 1, 'd45746bb0cfcfe53f04f2cf0670f2efe1236c3a2aa851a60fee109e60174d98c'],
    ['SensorDataExample1.jsonld', 0, '4eea934e9e0b466884b4b444a5924cabb9e649cdff0447b97e1b688c802a91bb'],
  ])('%s, event %i, as the reference implementation hashes it', (file, index, hex) => {
    const document = example(file);
    expect(canonicalEventHash(withoutEventId(eventsOf(document)[index]), document['@context'])).toBe(ni(hex));
  });

  it('writes the pre-hash string of example 9.6.1 in canonical order and form', () => {
    const document = example('Example_9.6.1-ObjectEvent.jsonld');
    expect(preHashString(eventsOf(document)[1], document['@context'])).toBe(
      [
        'eventType=ObjectEvent',
        'eventTime=2005-04-05T02:33:31.116Z',
        'eventTimeZoneOffset=-06:00',
        'epcListepc=https://id.gs1.org/01/10614141073464/21/2018',
        'action=OBSERVE',
        'bizStep=https://ref.gs1.org/cbv/BizStep-receiving',
        'disposition=https://ref.gs1.org/cbv/Disp-in_progress',
        'readPointid=https://id.gs1.org/414/0012345111112/254/400',
        'bizLocationid=https://id.gs1.org/414/0012345111112',
        'bizTransactionList',
        'type=https://ref.gs1.org/cbv/BTT-desadvbizTransaction=urn:epcglobal:cbv:bt:0614141073467:1152',
        'type=https://ref.gs1.org/cbv/BTT-pobizTransaction=http://transaction.acme.com/po/12345678',
        '{http://ns.example.com/epcis/}myField=Example of a vendor/user extension',
      ].join(''),
    );
  });

  it('leaves out the error declaration, whose example events otherwise repeat those of 9.6.1', () => {
    const plain = example('Example_9.6.1-ObjectEvent.jsonld');
    const declared = example('Example_9.6.1-ObjectEvent-with-error-declaration.jsonld');
    expect(eventsOf(declared)[0].errorDeclaration).toBeDefined();
    expect(canonicalEventHash(eventsOf(declared)[0], declared['@context'])).toBe(canonicalEventHash(eventsOf(plain)[0], plain['@context']));
  });
});

describe('canonicalEventHash of one event written in different ways', () => {
  const context = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { example: 'http://ns.example.com/epcis/' }];
  const shipping = {
    type: 'ObjectEvent',
    eventTime: '2024-03-10T10:15:30.5+01:00',
    eventTimeZoneOffset: '+01:00',
    epcList: ['urn:epc:id:sgtin:0614141.107346.2017', 'urn:epc:id:sgtin:0614141.107346.2018'],
    quantityList: [{ epcClass: 'urn:epc:class:lgtin:4012345.012345.998877', quantity: 2.5, uom: 'KGM' }],
    action: 'OBSERVE',
    bizStep: 'shipping',
    disposition: 'in_transit',
    readPoint: { id: 'urn:epc:id:sgln:0614141.07346.1234' },
    bizTransactionList: [
      { type: 'po', bizTransaction: 'http://transaction.acme.com/po/12345678' },
      { type: 'desadv', bizTransaction: 'urn:epcglobal:cbv:bt:0614141073467:1152' },
    ],
    sourceList: [{ type: 'owning_party', source: 'urn:epc:id:pgln:0614141.00000' }],
    ilmd: { 'example:bestBeforeDate': '2025-01-31' },
    'example:myField': 'Example of a vendor/user extension',
  };
  const hash = canonicalEventHash(shipping, context);

  /** The same object with the keys of every object inside it in reverse order. */
  const reversed = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reversed);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, inner]) => [key, reversed(inner)]),
    );
  };

  it('writes the pre-hash string the reference implementation writes, and hashes it with SHA-256', () => {
    const preHash = [
      'eventType=ObjectEvent',
      'eventTime=2024-03-10T09:15:30.500Z',
      'eventTimeZoneOffset=+01:00',
      'epcListepc=https://id.gs1.org/01/10614141073464/21/2017epc=https://id.gs1.org/01/10614141073464/21/2018',
      'quantityListquantityElementepcClass=https://id.gs1.org/01/04012345123456/10/998877quantity=2.5uom=KGM',
      'action=OBSERVE',
      'bizStep=https://ref.gs1.org/cbv/BizStep-shipping',
      'disposition=https://ref.gs1.org/cbv/Disp-in_transit',
      'readPointid=https://id.gs1.org/414/0614141073467/254/1234',
      'bizTransactionList',
      'type=https://ref.gs1.org/cbv/BTT-desadvbizTransaction=urn:epcglobal:cbv:bt:0614141073467:1152',
      'type=https://ref.gs1.org/cbv/BTT-pobizTransaction=http://transaction.acme.com/po/12345678',
      'ilmd{http://ns.example.com/epcis/}bestBeforeDate=2025-01-31',
      'sourceListtype=https://ref.gs1.org/cbv/SDT-owning_partysource=https://id.gs1.org/417/0614141000005',
      '{http://ns.example.com/epcis/}myField=Example of a vendor/user extension',
    ].join('');
    expect(preHashString(shipping, context)).toBe(preHash);
    expect(createHash('sha256').update(preHash).digest('hex')).toBe('77550c5d8980429d15c9e5e12b6ac0c84ea0f3c548fe612195d42d8c39ab8ebd');
    expect(hash).toBe(ni('77550c5d8980429d15c9e5e12b6ac0c84ea0f3c548fe612195d42d8c39ab8ebd'));
  });

  it.each<[string, Json, unknown]>([
    ['its properties in another order', reversed(shipping) as Json, context],
    [
      'its CBV values as URNs',
      {
        ...shipping,
        bizStep: 'urn:epcglobal:cbv:bizstep:shipping',
        disposition: 'urn:epcglobal:cbv:disp:in_transit',
        bizTransactionList: [
          { type: 'urn:epcglobal:cbv:btt:po', bizTransaction: 'http://transaction.acme.com/po/12345678' },
          { type: 'urn:epcglobal:cbv:btt:desadv', bizTransaction: 'urn:epcglobal:cbv:bt:0614141073467:1152' },
        ],
        sourceList: [{ type: 'urn:epcglobal:cbv:sdt:owning_party', source: 'urn:epc:id:pgln:0614141.00000' }],
      },
      context,
    ],
    [
      'its CBV values as web URIs and compact IRIs',
      {
        ...shipping,
        bizStep: 'https://ref.gs1.org/cbv/BizStep-shipping',
        disposition: 'cbv:Disp-in_transit',
        sourceList: [{ type: 'https://ref.gs1.org/cbv/SDT-owning_party', source: 'urn:epc:id:pgln:0614141.00000' }],
      },
      context,
    ],
    ['its time in another zone, with more digits', { ...shipping, eventTime: '2024-03-10T04:15:30.50000-05:00' }, context],
    ['its time in UTC', { ...shipping, eventTime: '2024-03-10T09:15:30.500Z' }, context],
    [
      'its lists in another order',
      { ...shipping, epcList: [...shipping.epcList].reverse(), bizTransactionList: [...shipping.bizTransactionList].reverse() },
      context,
    ],
    [
      'its EPCs and locations as Digital Links',
      {
        ...shipping,
        epcList: ['https://example.com/01/10614141073464/10/LOT7/21/2017?17=250131', 'https://id.gs1.org/gtin/10614141073464/ser/2018'],
        quantityList: [{ epcClass: 'https://id.gs1.org/01/04012345123456/10/998877', quantity: '2.50', uom: 'KGM' }],
        readPoint: { id: 'https://id.gs1.org/414/0614141073467/254/1234' },
      },
      context,
    ],
    [
      'its extensions under another prefix',
      { ...withoutExtensions(shipping), ilmd: { 'ns:bestBeforeDate': '2025-01-31' }, 'ns:myField': shipping['example:myField'] },
      [{ ns: 'http://ns.example.com/epcis/' }],
    ],
    ["its namespace declared in the event's own @context", { ...shipping, '@context': [{ example: 'http://ns.example.com/epcis/' }] }, undefined],
    [
      'an event ID, record time, error declaration and comment added',
      {
        ...shipping,
        eventID: 'urn:uuid:374d95fc-9457-4a51-bd6a-0bba133845a8',
        recordTime: '2024-03-10T09:20:00Z',
        errorDeclaration: { declarationTime: '2024-03-11T10:00:00Z', reason: 'incorrect_data' },
        'rdfs:comment': 'shipped in the morning',
      },
      context,
    ],
  ])('is the same with %s', (_case, variant, variantContext) => {
    expect(canonicalEventHash(variant, variantContext)).toBe(hash);
  });

  it.each<[string, Json]>([
    ['another EPC', { ...shipping, epcList: ['urn:epc:id:sgtin:0614141.107346.2017', 'urn:epc:id:sgtin:0614141.107346.2019'] }],
    ['another quantity', { ...shipping, quantityList: [{ ...shipping.quantityList[0], quantity: 2.51 }] }],
    ['a time one millisecond later', { ...shipping, eventTime: '2024-03-10T10:15:30.501+01:00' }],
    ['another transaction type', { ...shipping, bizTransactionList: [shipping.bizTransactionList[0], { ...shipping.bizTransactionList[1], type: 'inv' }] }],
    ['another user extension value', { ...shipping, 'example:myField': 'Another value' }],
  ])('changes with %s', (_case, variant) => {
    expect(canonicalEventHash(variant, context)).not.toBe(hash);
  });

  function withoutExtensions(event: Json): Json {
    return Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'ilmd' && !key.startsWith('example:')));
  }
});

describe('preHashString', () => {
  const epc = (uri: string): string => preHashString({ type: 'ObjectEvent', epcList: [uri] }).replace('eventType=ObjectEventepcListepc=', '');

  it.each([
    ['urn:epc:id:sgtin:0614141.107346.2017', 'https://id.gs1.org/01/10614141073464/21/2017'],
    ['urn:epc:id:sgtin:0614141.107346.A!(7)', 'https://id.gs1.org/01/10614141073464/21/A%21%287%29'],
    ['urn:epc:id:sscc:0614141.1234567890', 'https://id.gs1.org/00/106141412345678908'],
    ['urn:epc:id:sgln:0614141.12345.400', 'https://id.gs1.org/414/0614141123452/254/400'],
    ['urn:epc:id:sgln:0614141.12345.0', 'https://id.gs1.org/414/0614141123452'],
    ['urn:epc:class:lgtin:4012345.012345.998877', 'https://id.gs1.org/01/04012345123456/10/998877'],
    ['urn:epc:id:grai:0614141.12345.400', 'https://id.gs1.org/8003/00614141123452400'],
    ['urn:epc:id:giai:0614141.12345400', 'https://id.gs1.org/8004/061414112345400'],
    ['urn:epc:id:gsrn:0614141.1234567890', 'https://id.gs1.org/8018/061414112345678902'],
    ['urn:epc:id:pgln:0614141.00000', 'https://id.gs1.org/417/0614141000005'],
    ['urn:epc:id:sgcn:4012345.67890.04711', 'https://id.gs1.org/255/401234567890104711'],
    ['urn:epc:id:gdti:0614141.12345.400', 'https://id.gs1.org/253/0614141123452400'],
    ['urn:epc:idpat:sgtin:4012345.012345.*', 'https://id.gs1.org/01/04012345123456'],
    ['https://example.com/shop/gtin/9780345418913?linkType=all', 'https://id.gs1.org/01/09780345418913'],
    ['https://id.gs1.org/01/10614141073464/22/2A/21/2017', 'https://id.gs1.org/01/10614141073464/21/2017'],
    ['urn:epc:id:sgtin:0614141.10734.2017', 'urn:epc:id:sgtin:0614141.10734.2017'],
    ['urn:epc:id:itip:4012345.011111.01.02.987', 'urn:epc:id:itip:4012345.011111.01.02.987'],
    ['http://transaction.acme.com/po/12345678', 'http://transaction.acme.com/po/12345678'],
  ])('writes %s as %s', (uri, canonical) => {
    expect(epc(uri)).toBe(canonical);
  });

  it.each([
    ['2023-02-02T11:04:03.1415Z', '2023-02-02T11:04:03.142Z'],
    ['2023-02-02T11:04:03.1414Z', '2023-02-02T11:04:03.141Z'],
    ['2023-12-31T23:59:59.9996Z', '2024-01-01T00:00:00.000Z'],
    ['2005-04-03T20:33:31.116000-06:00', '2005-04-04T02:33:31.116Z'],
    ['2005-04-03T20:33:31+05:30', '2005-04-03T15:03:31.000Z'],
  ])('writes the event time %s as %s', (written, canonical) => {
    expect(preHashString({ type: 'ObjectEvent', eventTime: written })).toBe(`eventType=ObjectEventeventTime=${canonical}`);
  });

  it('sorts repeated values by code point, as UTF-8 bytes sort: a character beyond the BMP after U+FFFD', () => {
    // UTF-16 units would put the surrogate pair of U+1D4B3 (0xD835) before U+FFFD.
    expect(preHashString({ type: 'ObjectEvent', 'ex:tag': ['\u{1D4B3}', '\uFFFD', 'a'] }, [{ ex: 'https://ex.example/' }])).toBe(
      'eventType=ObjectEvent{https://ex.example/}tag=a{https://ex.example/}tag=\uFFFD{https://ex.example/}tag=\u{1D4B3}',
    );
  });

  it('writes numbers without trailing zeros, and small ones as the reference implementation does', () => {
    const report = { type: 'Temperature', value: '20.50', minValue: 20, maxValue: 0.00005, uom: 'CEL' };
    expect(preHashString({ type: 'ObjectEvent', sensorElementList: [{ sensorReport: [report] }] })).toBe(
      'eventType=ObjectEventsensorElementListsensorElementsensorReporttype=https://gs1.org/voc/Temperaturevalue=20.5minValue=20maxValue=5e-05uom=CEL',
    );
  });

  it('writes sensor reports sorted, with their extensions after their standard fields', () => {
    const element = {
      sensorReport: [
        { 'example:note': 'second', value: 21, type: 'gs1:Temperature' },
        { type: 'Temperature', value: 20 },
      ],
      sensorMetadata: { time: '2024-03-10T10:00:00+01:00', 'example:device': 'probe 7' },
    };
    expect(preHashString({ type: 'ObjectEvent', sensorElementList: [element] }, [{ example: 'http://ns.example.com/epcis/' }])).toBe(
      [
        'eventType=ObjectEventsensorElementListsensorElement',
        'sensorMetadatatime=2024-03-10T09:00:00.000Z{http://ns.example.com/epcis/}device=probe 7',
        'sensorReporttype=https://gs1.org/voc/Temperaturevalue=20',
        'sensorReporttype=https://gs1.org/voc/Temperaturevalue=21{http://ns.example.com/epcis/}note=second',
      ].join(''),
    );
  });

  it('names nested extension fields by namespace, the standard cbvmda prefix included, sorted at every level', () => {
    const event = {
      type: 'ObjectEvent',
      ilmd: { 'cbvmda:lotNumber': 'LOT1', 'example:origin': { 'example:farm': 'North', 'example:country': 'DE' } },
      'example:tags': ['b', 'a'],
    };
    expect(preHashString(event, { example: 'http://ns.example.com/epcis/' })).toBe(
      [
        'eventType=ObjectEvent',
        'ilmd{http://ns.example.com/epcis/}origin{http://ns.example.com/epcis/}country=DE{http://ns.example.com/epcis/}farm=North',
        '{urn:epcglobal:cbv:mda:}lotNumber=LOT1',
        '{http://ns.example.com/epcis/}tags=a{http://ns.example.com/epcis/}tags=b',
      ].join(''),
    );
  });

  it('refuses an event without a type', () => {
    expect(() => preHashString({ eventTime: '2024-03-10T09:15:30Z' })).toThrow('an EPCIS event needs a type to be hashed');
  });
});
