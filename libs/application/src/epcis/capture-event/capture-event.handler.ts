import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidInput } from '@trace/domain';
import { contextOf } from '../epcis-request';
import { EpcisCapture, eventIdOf } from '../epcis-capture';
import { EpcisEventProblem } from '../epcis-intents';
import { CaptureEventCommand } from './capture-event.command';
import { CapturedEventResponse } from './capture-event.response';

/** A capture of one event: refused as a request is, with the domain's own error, when the event fails. */
@CommandHandler(CaptureEventCommand)
export class CaptureEventHandler implements ICommandHandler<CaptureEventCommand> {
  constructor(private readonly capture: EpcisCapture) {}

  async execute({ event, context }: CaptureEventCommand): Promise<CapturedEventResponse> {
    const { '@context': _context, ...bare } = event;
    const documentContext = contextOf(event);
    const { job, failures } = await this.capture.capture([bare], documentContext, 'rollback', context);
    if (failures.length) {
      const { cause } = failures[0];
      throw cause instanceof EpcisEventProblem ? InvalidInput.field('event', cause.message) : cause;
    }
    return { eventID: eventIdOf(bare, documentContext), captureID: job.captureID, captured: job.applied === 1 };
  }
}
