import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { EpcisEvents } from '../query/epcis-events';
import { answerOf, EpcisQueryAnswer } from '../query/epcis-query-answer';
import { EpcisQueryDocuments } from '../query/epcis-query-document';
import { GetEventQuery } from './get-event.query';

@QueryHandler(GetEventQuery)
export class GetEventHandler implements IQueryHandler<GetEventQuery> {
  constructor(
    private readonly events: EpcisEvents,
    private readonly documents: EpcisQueryDocuments,
  ) {}

  async execute({ eventID }: GetEventQuery): Promise<EpcisQueryAnswer> {
    const page = await this.events.page({ equal: { eventID: [eventID] }, ranges: {}, matches: [], errorDeclaration: null }, 0, 1);
    if (page.events.length === 0) throw new NotFound(`event ${eventID} not found`);
    return answerOf({ events: page.events, next: null }, this.documents);
  }
}
