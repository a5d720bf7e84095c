import { quantityProblem } from '@trace/domain';
import { checkedBy } from '../../shared/validators';

/** A positive decimal with at most 6 fraction digits. */
export const IsQuantity = checkedBy('isQuantity', (value) => quantityProblem(value));
/** A non-zero decimal with at most 6 fraction digits, negative to take away. */
export const IsSignedQuantity = checkedBy('isSignedQuantity', (value) => quantityProblem(value, true));

/** UN/ECE Recommendation 20 codes, as EPCIS uses them: 2 or 3 upper-case letters or digits (`EA`, `KGM`, `LTR`). */
const UOM = /^[A-Z0-9]{2,3}$/;
export const IsUnitOfMeasure = checkedBy('isUnitOfMeasure', (value) =>
  typeof value === 'string' && UOM.test(value) ? null : 'must be a UN/ECE Rec 20 code: 2-3 upper-case letters or digits, e.g. EA, KGM, LTR',
);

export const QUANTITY_SCHEMA = { type: Number, description: 'In the lot’s unit of measure; at most 6 digits after the decimal point', example: 12.5 };
