import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { unitDecider, UnitState, unitStream } from '@trace/domain';
import { StreamCommands } from '../../shared/stream-commands';
import { AssignSerialCommand } from './assign-serial.command';
import { SerialAssignedResponse } from './assign-serial.response';
import { lotReference } from './lot-reference';

/** Serial uniqueness per SKU rests on appending the unit's first event with "expect no stream". */
@CommandHandler(AssignSerialCommand)
export class AssignSerialHandler implements ICommandHandler<AssignSerialCommand> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ unit, context }: AssignSerialCommand): Promise<SerialAssignedResponse> {
    const { sku, serial, location } = unit;
    const occurredAt = this.commands.occurredAt(unit.occurredAt);
    const lot = await lotReference(this.commands, unit.lotId);
    const result = await this.commands.execute<UnitState>({
      stream: unitStream(unit),
      decider: unitDecider,
      decide: (state) => unitDecider.decide({ type: 'AssignSerial', sku, serial, location, lot }, state),
      context,
      occurredAt,
    });
    return { sku, serial, ...result };
  }
}
