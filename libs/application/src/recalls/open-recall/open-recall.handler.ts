import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidReference, lotDecider, LotReference, lotStream, NotFound, recallDecider, RecallOpened, recallStream } from '@trace/domain';
import { randomUUID } from 'node:crypto';
import { lastPosition, StreamCommands, StreamWrite } from '../../shared/stream-commands';
import { UnitLoader } from '../../shared/unit-loader';
import { OpenRecallCommand } from './open-recall.command';
import { RecallOpenedResponse } from './open-recall.response';

/**
 * Opens the recall and marks each lot recalled, in one write. Quarantining the affected units is the recall
 * reactor's work: it follows the log, so it also catches lineage recorded after the recall.
 */
@CommandHandler(OpenRecallCommand)
export class OpenRecallHandler implements ICommandHandler<OpenRecallCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly units: UnitLoader,
  ) {}

  async execute({ recall, context }: OpenRecallCommand): Promise<RecallOpenedResponse> {
    const recallId = recall.recallId ?? `RC-${randomUUID()}`;
    const recalledAt = this.commands.occurredAt(recall.occurredAt);
    const results = await this.commands.executeAll(context, recalledAt, async () => {
      const lots = await Promise.all((recall.lotIds ?? []).map((lotId) => this.lot(lotId)));
      for (const unit of recall.units ?? []) {
        await this.units.load(unit).catch((error) => {
          throw error instanceof NotFound ? new InvalidReference('units', error.message) : error;
        });
      }
      const stream = recallStream(recallId);
      const { state, history } = await this.commands.state(stream, recallDecider);
      const [opened] = recallDecider.decide(
        {
          type: 'OpenRecall',
          recallId,
          lots: lots.map((lot) => lot.reference),
          units: recall.units ?? [],
          reason: recall.reason,
          severity: recall.severity,
          recalledAt,
        },
        state,
      ) as RecallOpened[];
      const { reason, severity } = opened.data;
      const lotWrites: StreamWrite[] = lots.map((lot) => ({
        stream: lotStream(lot.reference.lotId),
        expected: lot.expected,
        events: [{ type: 'LotRecalled', data: { lotId: lot.reference.lotId, recallId, reason, severity, recalledAt } }],
      }));
      return [{ stream, expected: StreamCommands.expectedAfter(history), events: [opened] }, ...lotWrites];
    });
    return { recallId, position: lastPosition(results) };
  }

  private async lot(lotId: string): Promise<{ reference: LotReference; expected: StreamWrite['expected'] }> {
    const { state, history } = await this.commands.state(lotStream(lotId), lotDecider);
    return { reference: { lotId, sku: state.exists ? state.sku : null }, expected: StreamCommands.expectedAfter(history) };
  }
}
