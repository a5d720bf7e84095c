import { Query } from '@nestjs/cqrs';
import { RecallResponse } from './get-recall.response';

export class GetRecallQuery extends Query<RecallResponse> {
  constructor(readonly recallId: string) {
    super();
  }
}
