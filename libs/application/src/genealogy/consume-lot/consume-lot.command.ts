import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ConsumeLotDto } from './consume-lot.dto';

export class ConsumeLotCommand {
  constructor(
    readonly unit: UnitRef,
    readonly material: ConsumeLotDto,
    readonly context: CommandContext,
  ) {}
}
