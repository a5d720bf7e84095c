import { isProductEvent, ProductEvent, WarrantyTerms } from '@trace/domain';
import { Change, ReadModel, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection, unhandled } from '../projection';

export interface ProductDocument {
  sku: string;
  name: string;
  /** 14 digits, or null. */
  gtin: string | null;
  uom: string;
  /** Digits of the GTIN that are its company prefix (EPC URNs name its units), or null. */
  gs1CompanyPrefixLength: number | null;
  registeredAt: string;
  /** Its units' warranty terms; null without. */
  warranty: WarrantyTerms | null;
  position: number;
}

/** The product catalogue: by SKU, and by GTIN for scans. */
export const productsModel: ReadModel<ProductDocument> = {
  name: 'products',
  key: ['sku'],
  fields: {
    sku: 'text',
    name: 'text',
    gtin: 'text',
    uom: 'text',
    gs1CompanyPrefixLength: 'integer',
    registeredAt: 'text',
    position: 'integer',
    warranty: 'json',
  },
  indexes: [['gtin']],
};

function productChanges(event: ProductEvent & ProjectedEvent): Change[] {
  switch (event.type) {
    case 'ProductRegistered': {
      const { sku, name, gtin, uom } = event.data;
      const warranty = event.data.warranty ?? null;
      const gs1CompanyPrefixLength = event.data.gs1CompanyPrefixLength ?? null;
      return [upsert(productsModel, { sku }, { name, gtin, uom, gs1CompanyPrefixLength, registeredAt: event.occurredAt, position: event.position, warranty })];
    }
    // The claim is the GTIN register's: the product's own event carries its GTIN.
    case 'GtinClaimed':
      return [];
    // Evidence on the GTIN's stream, in its history.
    case 'UnknownSerialSeen':
      return [];
    default:
      return unhandled(event);
  }
}

const project = (event: ProjectedEvent): Change[] => (isProductEvent(event) ? productChanges(event) : []);

export const productsProjection: Projection<'products'> = { name: 'products', models: [productsModel], project };
