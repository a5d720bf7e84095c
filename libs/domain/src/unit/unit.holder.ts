import { Holder } from '../genealogy/lineage';
import { placementOf, Placed } from '../genealogy/placement';

/** Where the unit is and who holds it, as lineage and recall rows show it, for a unit built into nothing. */
export const holderOf = (unit: Placed): Holder => placementOf(unit);
