import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiKeys } from '../api-keys';
import { RevokeKeyCommand } from './revoke-key.command';

@CommandHandler(RevokeKeyCommand)
export class RevokeKeyHandler implements ICommandHandler<RevokeKeyCommand> {
  constructor(private readonly keys: ApiKeys) {}

  execute({ keyId, context }: RevokeKeyCommand): Promise<void> {
    return this.keys.revoke(keyId, context);
  }
}
