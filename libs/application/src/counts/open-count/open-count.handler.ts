import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { countDecider, countExpectationStream, CountState, countStream, expectationOf, UnitRef } from '@trace/domain';
import { answerFor, StreamCommands } from '../../shared/stream-commands';
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
    const opening = { type: 'OpenCount' as const, countId: count.countId, ...place, blind: count.blind ?? false, readAt, expected: { units, lots } };
    const results = await this.commands.executeAll(context, this.commands.occurredAt(undefined), async () => {
      const { state, history } = await this.commands.state<CountState>(countStream(count.countId), countDecider);
      return [
        { stream: countStream(count.countId), expected: StreamCommands.expectedAfter(history), events: countDecider.decide(opening, state) },
        // Beside the count's stream, created with it: a count that exists has its expectation.
        { stream: countExpectationStream(count.countId), expected: 'no_stream' as const, events: expectationOf(opening) },
      ];
    });
    const result = answerFor(results, 0);
    return { countId: count.countId, expectedUnits: units.length, expectedLots: lots.length, ...result };
  }
}
