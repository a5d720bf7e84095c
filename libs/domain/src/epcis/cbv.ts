/**
 * The term of a CBV value, whatever form it was written in: `shipping`, `urn:epcglobal:cbv:bizstep:shipping`,
 * `https://ref.gs1.org/cbv/BizStep-shipping`. Values of other vocabularies are kept whole.
 */
export function cbvTerm(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const web = /^https?:\/\/ref\.gs1\.org\/cbv\/[A-Za-z]+-([A-Za-z_]+)$/.exec(value);
  if (web) return web[1];
  return value.startsWith('urn:epcglobal:cbv:') ? value.slice(value.lastIndexOf(':') + 1) : value;
}

/** Where an identifier stands in an event, for the MATCH_ queries. */
export const EPC_ROLES = ['epc', 'parentID', 'inputEPC', 'outputEPC', 'epcClass'] as const;
export type EpcRole = (typeof EPC_ROLES)[number];

/** An identifier an event names, as the key the queries match it by, and where it stands. */
export interface EpcKey {
  role: EpcRole;
  key: string;
}

/** Keys the service's own identifiers are matched by (GS1 ones are keyed by their Digital Link path: `01/{gtin}/21/{serial}`). */
export const unitEpcKey = (sku: string, serial: string): string => `unit/${encodeURIComponent(sku)}/${encodeURIComponent(serial)}`;
export const lotEpcKey = (lotId: string): string => `lot/${encodeURIComponent(lotId)}`;
export const containerEpcKey = (containerId: string): string =>
  /^\d{18}$/.test(containerId) ? `00/${containerId}` : `container/${encodeURIComponent(containerId)}`;
export const gtinUnitEpcKey = (gtin: string, serial: string): string => `01/${gtin}/21/${encodeURIComponent(serial)}`;
