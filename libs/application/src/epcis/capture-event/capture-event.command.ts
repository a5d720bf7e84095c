import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { CapturedEventResponse } from './capture-event.response';

/** One EPCIS event, valid against the schema, with its own `@context`. */
export class CaptureEventCommand extends Command<CapturedEventResponse> {
  constructor(
    readonly event: Record<string, unknown>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
