import { InvalidInput } from '@trace/domain';
import { EpcisEventPage } from './epcis-events';
import { EpcisQueryDocuments } from './epcis-query-document';

/** An EPCISQueryDocument and, when there is more, the token of the next page. */
export interface EpcisQueryAnswer {
  document: Record<string, unknown>;
  nextPageToken: string | null;
}

export const DEFAULT_PER_PAGE = 30;

/** A page token is a log position this service gave; anything else is refused, naming the parameter. */
export function afterToken(token: string | undefined): number {
  if (token === undefined) return 0;
  if (!/^\d{1,15}$/.test(token)) throw InvalidInput.field('nextPageToken', 'is not a token this service gave: send the one from the Link header');
  return Number(token);
}

export async function answerOf(page: EpcisEventPage, documents: EpcisQueryDocuments): Promise<EpcisQueryAnswer> {
  return { document: await documents.of(page.events), nextPageToken: page.next === null ? null : String(page.next) };
}
