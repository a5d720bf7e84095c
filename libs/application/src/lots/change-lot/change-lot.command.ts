import { Command } from '@nestjs/cqrs';
import { LotChangeCommand } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { LotChangedResponse } from './lot-changed.response';

/** A lot command as a request asks for it: the handler adds when it happened. */
export type LotChangeRequested = LotChangeCommand extends infer Each ? (Each extends LotChangeCommand ? Omit<Each, 'occurredAt'> : never) : never;

/** Any change of one lot's quantities or holds: each route's request maps to the domain command. */
export class ChangeLotCommand extends Command<LotChangedResponse> {
  constructor(
    readonly command: LotChangeRequested,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
