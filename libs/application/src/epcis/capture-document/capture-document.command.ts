import { Command } from '@nestjs/cqrs';
import { CaptureErrorBehaviour } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { CaptureJobResponse } from '../capture-job.response';

/** An EPCISDocument, valid against the schema: its events and the `@context` their extensions are named in. */
export class CaptureDocumentCommand extends Command<CaptureJobResponse> {
  constructor(
    readonly events: Array<Record<string, unknown>>,
    readonly documentContext: unknown[],
    readonly behaviour: CaptureErrorBehaviour,
    readonly context: CommandContext,
  ) {
    super();
  }
}
