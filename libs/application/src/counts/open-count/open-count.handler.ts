import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { countDecider, CountState, countStream, UnitRef } from '@trace/domain';
import { StreamCommands } from '../../shared/stream-commands';
import { CountRecords } from '../count-records';
import { OpenCountCommand } from './open-count.command';
import { CountOpenedResponse } from './open-count.response';

@CommandHandler(OpenCountCommand)
export class OpenCountHandler implements ICommandHandler<OpenCountCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly records: CountRecords,
  ) {}

  async execute({ count, context }: OpenCountCommand): Promise<CountOpenedResponse> {
    const place = { location: count.location, includeSublocations: count.includeSublocations ?? false };
    // What the read models say once they include every event recorded before this request.
    const readAt = await this.records.head();
    const units: UnitRef[] = [];
    for await (const { sku, serial } of this.records.unitsAt(place)) units.push({ sku, serial });
    const lots = await this.records.lotsAt(place);
    const result = await this.commands.execute<CountState>({
      stream: countStream(count.countId),
      decider: countDecider,
      decide: (state) =>
        countDecider.decide({ type: 'OpenCount', countId: count.countId, ...place, blind: count.blind ?? false, readAt, expected: { units, lots } }, state),
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
    return { countId: count.countId, expectedUnits: units.length, expectedLots: lots.length, ...result };
  }
}
