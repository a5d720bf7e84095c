import { UnitStatus } from '@trace/domain';
import { PageRequest } from './paging';

/** Which of a lot's units a query wants, a page at a time. */
export interface LotUnitsFilter extends PageRequest {
  status?: UnitStatus;
  location?: string;
}
