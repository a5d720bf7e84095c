import { ExistingUnit, isExpired } from '@trace/domain';
import { dayOf, openHolds } from './scan-warnings';

/** Why a product identifier is not verified (DSCSA VRS). */
export const VERIFICATION_REASONS = [
  'No_match_GTIN_Serial',
  'No_match_GTIN_Serial_Lot',
  'No_match_GTIN_Serial_Expiry',
  'No_match_GTIN_Serial_Lot_Expiry',
] as const;
/** What else a verified unit's answer says (DSCSA VRS). */
export const VERIFICATION_INFO = ['Recalled', 'Quarantined', 'Expired', 'Decommissioned', 'Suspect'] as const;

export interface Verification {
  verified: boolean;
  reason: (typeof VERIFICATION_REASONS)[number] | null;
  additionalInfo: Array<(typeof VERIFICATION_INFO)[number]>;
}

/**
 * The answer for an issued unit: not verified when the lot or expiry asked about is not the unit's; verified
 * otherwise, with what a dispenser must know. `held` is the unit with the holds recalls listed but not yet recorded.
 */
export function verificationOf(unit: ExistingUnit, held: ExistingUnit, asked: { lot?: string; expiry?: string }, at: string): Verification {
  const lotWrong = asked.lot !== undefined && asked.lot !== unit.lotId;
  const expiryWrong = asked.expiry !== undefined && asked.expiry !== dayOf(unit.expiresAt);
  if (lotWrong || expiryWrong) {
    const reason = lotWrong && expiryWrong ? 'No_match_GTIN_Serial_Lot_Expiry' : lotWrong ? 'No_match_GTIN_Serial_Lot' : 'No_match_GTIN_Serial_Expiry';
    return { verified: false, reason, additionalInfo: [] };
  }
  const info: Verification['additionalInfo'] = [];
  if (openHolds(held)) info.push('Recalled');
  if (openHolds(unit)) info.push('Quarantined');
  if (isExpired(unit.expiresAt, at)) info.push('Expired');
  if (unit.status === 'scrapped') info.push('Decommissioned');
  return { verified: true, reason: null, additionalInfo: info };
}
