import { Command } from '@nestjs/cqrs';
import { KeyRequest } from '../api-keys';
import { CommandContext } from '../../shared/command-context';
import { IssuedKeyResponse } from './issue-key.response';

export class IssueKeyCommand extends Command<IssuedKeyResponse> {
  constructor(
    readonly key: KeyRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
