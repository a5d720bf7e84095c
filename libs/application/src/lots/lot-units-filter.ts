import { UnitStatus } from '@trace/domain';
import { PageRequest } from '../shared/paging';

/** Which of a lot's units a query wants, a page at a time. */
export interface LotUnitsFilter extends PageRequest {
  status?: UnitStatus;
  location?: string;
}
