import { Inject, Injectable } from '@nestjs/common';
import { EpcisEventDocument, lotsModel, NativeSubject, productsModel } from '@trace/projections';
import { pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { ProductNaming, renderNative } from '../epcis-rendering';

type Json = Record<string, unknown>;

export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

/**
 * EPCISQueryDocuments of stored events: a captured event exactly as it came (with its eventID, the time it was
 * recorded and any error declared since), a native fact rendered with its products' GS1 names.
 */
@Injectable()
export class EpcisQueryDocuments {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async of(documents: EpcisEventDocument[], queryName = 'SimpleEventQuery', subscriptionID?: string): Promise<Json> {
    const naming = await this.naming(documents);
    const namespaces = new Map<string, unknown>();
    const eventList = [];
    for (const document of documents) {
      if (document.captured) {
        for (const entry of document.captured.context) if (entry !== EPCIS_CONTEXT) namespaces.set(JSON.stringify(entry), entry);
        eventList.push(capturedEvent(document));
      } else if (document.native) {
        const native = { ...document.native.view, subjects: await this.withLots(document.native.view.subjects) };
        const meta = {
          eventID: document.eventID,
          eventTime: document.eventTime,
          recordTime: document.recordTime,
          eventTimeZoneOffset: document.native.eventTimeZoneOffset,
        };
        eventList.push(renderNative({ ...native, inputs: await this.withLots(native.inputs), outputs: await this.withLots(native.outputs) }, meta, naming));
      }
    }
    return {
      '@context': [EPCIS_CONTEXT, ...namespaces.values()],
      type: 'EPCISQueryDocument',
      schemaVersion: '2.0',
      creationDate: new Date().toISOString(),
      epcisBody: { queryResults: { ...(subscriptionID ? { subscriptionID } : {}), queryName, resultsBody: { eventList } } },
    };
  }

  /** The GTIN of every SKU the page's native facts name, read once per page. */
  private async naming(documents: EpcisEventDocument[]): Promise<ProductNaming> {
    const skus = new Set<string>();
    for (const { native } of documents) {
      if (!native) continue;
      const { subjects, parent, inputs, outputs } = native.view;
      for (const subject of [...subjects, ...inputs, ...outputs, ...(parent ? [parent] : [])])
        if (subject.kind !== 'container' && subject.sku) skus.add(subject.sku);
    }
    const products = skus.size ? await pageDocuments(this.reads, productsModel, { sku: [...skus] }, skus.size) : [];
    const bySku = new Map(products.map((product) => [product.sku, product]));
    return (sku) => {
      const product = bySku.get(sku);
      return product ? { gtin: product.gtin, gs1CompanyPrefixLength: product.gs1CompanyPrefixLength ?? null } : null;
    };
  }

  /** Lots named only by id (stock events) take their SKU and unit of measure from the lot's record. */
  private async withLots(subjects: NativeSubject[]): Promise<NativeSubject[]> {
    const unknown = subjects.filter((subject) => subject.kind === 'lot' && subject.sku === null);
    if (!unknown.length) return subjects;
    const lots = await pageDocuments(this.reads, lotsModel, { lotId: unknown.map((subject) => (subject as { lotId: string }).lotId) }, unknown.length);
    const byId = new Map(lots.map((lot) => [lot.lotId, lot]));
    return subjects.map((subject) =>
      subject.kind === 'lot' && subject.sku === null
        ? { ...subject, sku: byId.get(subject.lotId)?.sku ?? null, uom: subject.uom ?? byId.get(subject.lotId)?.uom ?? null }
        : subject,
    );
  }
}

function capturedEvent(document: EpcisEventDocument): Json {
  const event = (document.captured as { event: Json }).event;
  return {
    ...event,
    eventID: document.eventID,
    recordTime: document.recordTime,
    ...(document.errorDeclaration && event.errorDeclaration === undefined ? { errorDeclaration: document.errorDeclaration } : {}),
  };
}
