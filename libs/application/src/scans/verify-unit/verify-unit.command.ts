import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { VerifyUnitRequest } from './verify-unit.request';
import { VerificationResponse } from './verify-unit.response';

/** A verification is a command: the request and its answer are recorded with who asked (DSCSA keeps them). */
export class VerifyUnitCommand extends Command<VerificationResponse> {
  constructor(
    readonly request: VerifyUnitRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
