import { Holder } from '../genealogy/lineage';
import { ExistingUnit } from './unit.state';

/** Where the unit is and who holds it, as lineage and recall rows show it. */
export const holderOf = (unit: Pick<ExistingUnit, 'status' | 'location' | 'custodian' | 'customer' | 'container'>): Holder => ({
  status: unit.status,
  location: unit.location,
  custodian: unit.custodian,
  customer: unit.customer,
  container: unit.container,
});
