import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { countDecider, CountScanned, CountState, countStream, InvalidInput, NotFound } from '@trace/domain';
import { StreamCommands } from '../../shared/stream-commands';
import { CountedItemsResolver } from '../counted-items';
import { CountRecords } from '../count-records';
import { MAX_COUNT_ITEMS } from './record-count-scans.request';
import { RecordCountScansCommand } from './record-count-scans.command';
import { CountScansResponse } from './record-count-scans.response';

@CommandHandler(RecordCountScansCommand)
export class RecordCountScansHandler implements ICommandHandler<RecordCountScansCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly records: CountRecords,
    private readonly items: CountedItemsResolver,
  ) {}

  async execute({ countId, items, context }: RecordCountScansCommand): Promise<CountScansResponse> {
    const total = (items.codes?.length ?? 0) + (items.units?.length ?? 0) + (items.lots?.length ?? 0);
    if (total === 0) throw InvalidInput.field('codes', 'send at least one code, unit or lot');
    if (total > MAX_COUNT_ITEMS) throw InvalidInput.field('codes', `at most ${MAX_COUNT_ITEMS} codes, units and lots in all per request`);
    const { unresolved, ...counted } = await this.items.resolve(items);
    if (counted.unknown.length) {
      // A serial issued just before its counting is known: what was unknown is judged again once the read models include
      // every earlier write. Only then: waiting on every batch would wait for the projection of the batch before.
      await this.records.head();
      const again = await this.items.resolve(unresolved);
      counted.units.push(...again.units);
      counted.lots.push(...again.lots);
      counted.unknown = again.unknown;
    }
    let scanned: CountScanned['data'] | undefined;
    const result = await this.commands.execute<CountState>({
      stream: countStream(countId),
      decider: countDecider,
      decide: (state) => {
        if (!state.exists) throw new NotFound(`count ${countId} not found`);
        const events = countDecider.decide({ type: 'RecordCountScans', ...counted }, state);
        scanned = (events[0] as CountScanned).data;
        return events;
      },
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
    // An idempotent retry decides nothing: it answers what the first attempt counted.
    const answered = scanned ?? (await this.records.scannedBy(countId, result.revision));
    return { accepted: answered.units.length + answered.lots.length, duplicates: answered.duplicates.length, unknown: answered.unknown.length, ...result };
  }
}
