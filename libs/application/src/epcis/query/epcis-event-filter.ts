import { EpcRole } from '@trace/domain';
import { EpcisEventDocument } from '@trace/projections';
import { Range } from '@trace/read-store';

/** The SimpleEventQuery parameters this repository serves, checked and normalised (CBV terms bare, times UTC). */
export interface EpcisEventFilter {
  equal: Partial<Record<'eventType' | 'action' | 'bizStep' | 'disposition' | 'readPoint' | 'bizLocation' | 'eventID', string[]>>;
  ranges: Partial<Record<'eventTime' | 'recordTime', Range>>;
  /** Each entry must hold: one of its identifiers (in any form) in one of its roles. */
  matches: Array<{ identifiers: string[]; roles: EpcRole[] }>;
  errorDeclaration: boolean | null;
}

/** Whether a document passes the filters that are not served by an index on the path the query took. */
export function passes(document: EpcisEventDocument, filter: EpcisEventFilter): boolean {
  for (const [field, values] of Object.entries(filter.equal) as Array<[keyof EpcisEventFilter['equal'], string[]]>) {
    if (!values.includes(document[field] as string)) return false;
  }
  for (const [field, range] of Object.entries(filter.ranges) as Array<[keyof EpcisEventFilter['ranges'], Range]>) {
    const value = document[field];
    if ((range.from !== undefined && value < (range.from as string)) || (range.before !== undefined && value >= (range.before as string))) return false;
  }
  return filter.errorDeclaration === null || (document.errorDeclaration !== null) === filter.errorDeclaration;
}
