import { quantityProblem } from '@trace/domain';
import { checkedBy } from '../../shared/validators';

/** A positive decimal with at most 6 fraction digits. */
export const IsQuantity = checkedBy('isQuantity', (value) => quantityProblem(value));
/** A non-zero decimal with at most 6 fraction digits, negative to take away. */
export const IsSignedQuantity = checkedBy('isSignedQuantity', (value) => quantityProblem(value, true));

export const QUANTITY_SCHEMA = { type: Number, description: 'In the lot’s unit of measure; at most 6 digits after the decimal point', example: 12.5 };
