import { Query } from '@nestjs/cqrs';
import { CaptureJobResponse } from '../capture-job.response';

export class GetCaptureQuery extends Query<CaptureJobResponse> {
  constructor(readonly captureID: string) {
    super();
  }
}
