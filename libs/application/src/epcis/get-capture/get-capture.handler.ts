import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { CaptureJobResponse } from '../capture-job.response';
import { EpcisCapture } from '../epcis-capture';
import { GetCaptureQuery } from './get-capture.query';

@QueryHandler(GetCaptureQuery)
export class GetCaptureHandler implements IQueryHandler<GetCaptureQuery> {
  constructor(private readonly capture: EpcisCapture) {}

  async execute({ captureID }: GetCaptureQuery): Promise<CaptureJobResponse> {
    const job = await this.capture.job(captureID);
    if (!job) throw new NotFound(`capture ${captureID} not found`);
    return { ...job, running: false };
  }
}
