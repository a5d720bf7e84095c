import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EpcisEvents } from '../query/epcis-events';
import { answerOf, EpcisQueryAnswer } from '../query/epcis-query-answer';
import { EpcisQueryDocuments } from '../query/epcis-query-document';
import { QueryEventsQuery } from './query-events.query';

@QueryHandler(QueryEventsQuery)
export class QueryEventsHandler implements IQueryHandler<QueryEventsQuery> {
  constructor(
    private readonly events: EpcisEvents,
    private readonly documents: EpcisQueryDocuments,
  ) {}

  async execute({ filter, perPage, after }: QueryEventsQuery): Promise<EpcisQueryAnswer> {
    return answerOf(await this.events.page(filter, after, perPage), this.documents);
  }
}
