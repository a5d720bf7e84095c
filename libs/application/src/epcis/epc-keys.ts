import { containerEpcKey, DomainError, EpcKey, EpcRole, gtinUnitEpcKey, lotEpcKey } from '@trace/domain';
import { parseScanCode } from '../scans/scan-code';
import { ParseCode } from './scan-code-memo';

type Json = Record<string, unknown>;

/**
 * The key an identifier is matched by, whatever form it came in: a GS1 instance by its Digital Link path (an EPC
 * URN and a Digital Link of the same unit are one key), a lot class by its lot, anything else verbatim.
 */
export function epcKey(identifier: string, parse: ParseCode = parseScanCode): string {
  let identity: ReturnType<ParseCode>;
  try {
    identity = parse(identifier);
  } catch (error) {
    if (error instanceof DomainError) return identifier;
    throw error;
  }
  switch (identity.kind) {
    case 'unit':
      return gtinUnitEpcKey(identity.gtin, identity.serial);
    case 'container':
      return containerEpcKey(identity.sscc);
    case 'lot':
      return lotEpcKey(identity.lot);
  }
}

const LISTS: Array<[string, EpcRole]> = [
  ['epcList', 'epc'],
  ['childEPCs', 'epc'],
  ['inputEPCList', 'inputEPC'],
  ['outputEPCList', 'outputEPC'],
];
const QUANTITY_LISTS = ['quantityList', 'childQuantityList', 'inputQuantityList', 'outputQuantityList'];

/** Every identifier a captured event names, keyed, with where it stands (MATCH_epc, MATCH_parentID, …); `parse` reads them. */
export function epcKeysOf(event: Json, parse: ParseCode = parseScanCode): EpcKey[] {
  const keys: EpcKey[] = [];
  const seen = new Set<string>();
  const add = (role: EpcRole, value: unknown) => {
    if (typeof value !== 'string') return;
    const key = epcKey(value, parse);
    const named = `${role} ${key}`;
    if (seen.has(named)) return;
    seen.add(named);
    keys.push({ role, key });
  };
  for (const [list, role] of LISTS) if (Array.isArray(event[list])) for (const value of event[list] as unknown[]) add(role, value);
  for (const list of QUANTITY_LISTS) if (Array.isArray(event[list])) for (const entry of event[list] as Json[]) add('epcClass', entry?.epcClass);
  add('parentID', event.parentID);
  return keys;
}
