import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiKeys } from '../api-keys';
import { IssueKeyCommand } from './issue-key.command';
import { IssuedKeyResponse } from './issue-key.response';

@CommandHandler(IssueKeyCommand)
export class IssueKeyHandler implements ICommandHandler<IssueKeyCommand> {
  constructor(private readonly keys: ApiKeys) {}

  execute({ key, context }: IssueKeyCommand): Promise<IssuedKeyResponse> {
    return this.keys.issue(key, context);
  }
}
