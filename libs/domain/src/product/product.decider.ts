import { Decider } from '../shared/decider';
import { AlreadyExists, InvalidInput, RuleViolation } from '../shared/errors';
import { WarrantyTerms } from '../unit/unit.events';
import { GtinClaimed, ProductEvent, ProductRegistered, UnknownSerialSeen } from './product.events';

export interface RegisterProduct {
  type: 'RegisterProduct';
  sku: string;
  name: string;
  /** 14 digits (see gtin14), or null. */
  gtin: string | null;
  uom: string;
  /** Its units' warranty terms; none when absent. */
  warranty?: WarrantyTerms;
  /** Digits of its GTIN that are the GS1 company prefix: its units are then named by EPC URN (SGTIN). */
  gs1CompanyPrefixLength?: number;
}

export type ProductState =
  { exists: false } | { exists: true; sku: string; name: string; gtin: string | null; uom: string; warranty?: WarrantyTerms; gs1CompanyPrefixLength?: number };

/** A product: registered once per SKU. */
export const productDecider: Decider<RegisterProduct, ProductEvent, ProductState> = {
  initialState: () => ({ exists: false }),
  evolve(state, event) {
    return event.type === 'ProductRegistered' ? { exists: true, ...event.data } : state;
  },
  decide(command, state): ProductRegistered[] {
    if (state.exists) throw new AlreadyExists(`product ${command.sku} is already registered`);
    const { sku, name, gtin, uom, warranty, gs1CompanyPrefixLength: prefix } = command;
    if (prefix !== undefined) {
      if (gtin === null) throw InvalidInput.field('gs1CompanyPrefixLength', 'needs a gtin: it says how many of its digits are the company prefix');
      if (!Number.isInteger(prefix) || prefix < 6 || prefix > 12) throw InvalidInput.field('gs1CompanyPrefixLength', 'is a whole number of digits, 6 to 12');
    }
    if (warranty && (!Number.isInteger(warranty.months) || warranty.months < 1 || warranty.months > 600)) {
      throw InvalidInput.field('warranty.months', 'is a whole number of months, 1 to 600');
    }
    return [
      {
        type: 'ProductRegistered',
        data: {
          sku,
          name,
          gtin,
          uom,
          ...(warranty ? { warranty: { months: warranty.months, startsAt: warranty.startsAt } } : {}),
          ...(prefix === undefined ? {} : { gs1CompanyPrefixLength: prefix }),
        },
      },
    ];
  },
};

export interface ClaimGtin {
  type: 'ClaimGtin';
  gtin: string;
  sku: string;
}

/** The SKU a GTIN names, once claimed. */
export type GtinState = { claimedBy: string | null };

/** A GTIN's register: it names the first SKU that claims it, and no other. */
export const gtinDecider: Decider<ClaimGtin, ProductEvent, GtinState> = {
  initialState: () => ({ claimedBy: null }),
  evolve(state, event) {
    return event.type === 'GtinClaimed' ? { claimedBy: event.data.sku } : state;
  },
  decide({ gtin, sku }, state): GtinClaimed[] {
    if (state.claimedBy !== null && state.claimedBy !== sku) throw new RuleViolation('gtin-taken', `GTIN ${gtin} belongs to product ${state.claimedBy}`);
    return [{ type: 'GtinClaimed', data: { gtin, sku } }];
  },
};

/** A serial of the GTIN seen or asked about that was never issued: recorded on the GTIN's stream as evidence. */
export const unknownSerialSeen = (seen: UnknownSerialSeen['data']): ProductEvent[] => [{ type: 'UnknownSerialSeen', data: seen }];
