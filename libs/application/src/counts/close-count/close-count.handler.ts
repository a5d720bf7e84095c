import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertCounting, countDecider, CountClosed, CountEvent, countStream } from '@trace/domain';
import { RecordedEvent } from '@trace/event-store';
import { recordedFacts } from '../../shared/event-envelopes';
import { StreamCommands, writeOf } from '../../shared/stream-commands';
import { CountRecords } from '../count-records';
import { countersOf } from '../count-view';
import { CountClosedResponse } from '../get-count/get-count.response';
import { CloseCountCommand } from './close-count.command';

/**
 * Ends counting: the record is judged at the log head (once the read models include it) and the report is appended
 * with the close. A counting that lands meanwhile changes the stream's revision, so the close is judged again with it.
 */
@CommandHandler(CloseCountCommand)
export class CloseCountHandler implements ICommandHandler<CloseCountCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly records: CountRecords,
  ) {}

  async execute({ countId, context }: CloseCountCommand): Promise<CountClosedResponse> {
    const stream = countStream(countId);
    let decided: CountClosed['data'] | undefined;
    const [result] = await this.commands.executeAll(context, this.commands.occurredAt(undefined), async () => {
      const record = await this.records.load(countId);
      assertCounting(record.count);
      const { close } = await this.records.judge(record, await this.records.head());
      const expected = record.history[record.history.length - 1].revision;
      const events = countDecider.decide(close, record.count);
      decided = (events[0] as CountClosed).data;
      return [writeOf({ stream, expected, state: record.count }, events)];
    });
    // The report as appended; an idempotent retry decides nothing, and answers the close its stream holds.
    const closed = decided ?? this.closeIn((await this.records.load(countId)).history);
    const { judgedAt: _judgedAt, countId: _countId, lots, ...counters } = closed;
    return { countId, state: 'closed', ...countersOf(counters, lots, false), ...result };
  }

  private closeIn(history: RecordedEvent[]): CountClosed['data'] {
    return (recordedFacts<CountEvent>(history).find((event): event is CountClosed => event.type === 'CountClosed') as CountClosed).data;
  }
}
