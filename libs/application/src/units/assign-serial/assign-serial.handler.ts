import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { unitDecider, unitStream } from '@trace/domain';
import { answerFor, StreamCommands, StreamWrite } from '../../shared/stream-commands';
import { AssignSerialCommand } from './assign-serial.command';
import { SerialAssignedResponse } from './assign-serial.response';
import { lotForUnits, serialsFromLot } from './lot-reference';
import { warrantyTermsOf } from '../../shared/warranty-terms';

/**
 * Serial uniqueness per SKU rests on appending the unit's first event with "expect no stream"; a lot with a
 * declared size counts the serial in the same write.
 */
@CommandHandler(AssignSerialCommand)
export class AssignSerialHandler implements ICommandHandler<AssignSerialCommand> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ unit, context }: AssignSerialCommand): Promise<SerialAssignedResponse> {
    const { sku, serial, location } = unit;
    const occurredAt = this.commands.occurredAt(unit.occurredAt);
    const results = await this.commands.executeAll(context, occurredAt, async () => {
      const stream = unitStream(unit);
      const { state, history } = await this.commands.state(stream, unitDecider);
      const lot = unit.lotId === undefined ? undefined : await lotForUnits(this.commands, unit.lotId);
      const warranty = await warrantyTermsOf(this.commands, sku);
      const events = unitDecider.decide({ type: 'AssignSerial', sku, serial, location, lot: lot?.reference, warranty, occurredAt }, state);
      const writes: StreamWrite[] = [{ stream, expected: StreamCommands.expectedAfter(history), events }];
      return lot ? [...writes, ...serialsFromLot(lot, 1, occurredAt)] : writes;
    });
    return { sku, serial, ...answerFor(results, 0) };
  }
}
