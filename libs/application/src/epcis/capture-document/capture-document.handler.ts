import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaptureJobResponse } from '../capture-job.response';
import { EpcisCapture } from '../epcis-capture';
import { CaptureDocumentCommand } from './capture-document.command';

@CommandHandler(CaptureDocumentCommand)
export class CaptureDocumentHandler implements ICommandHandler<CaptureDocumentCommand> {
  constructor(private readonly capture: EpcisCapture) {}

  async execute({ events, documentContext, behaviour, context }: CaptureDocumentCommand): Promise<CaptureJobResponse> {
    const { job } = await this.capture.capture(events, documentContext, behaviour, context);
    return { ...job, running: false };
  }
}
