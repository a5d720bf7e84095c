import { Query } from '@nestjs/cqrs';
import { EpcisQueryAnswer } from '../query/epcis-query-answer';

export class GetEventQuery extends Query<EpcisQueryAnswer> {
  constructor(readonly eventID: string) {
    super();
  }
}
