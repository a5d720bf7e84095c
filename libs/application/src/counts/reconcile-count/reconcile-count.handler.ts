import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  CountChoices,
  CountClosed,
  countDecider,
  CountEvent,
  CountFindings,
  CountState,
  countStream,
  DomainEvent,
  ExistingCount,
  Decider,
  lotDecider,
  LotFinding,
  LotState,
  lotStream,
  quantityOf,
  reconciliationDue,
  ReconcileOutcome,
  RuleViolation,
  UnitLifecycleCommand,
  unitDecider,
  UnitRef,
  UnitState,
  unitKey,
  unitStream,
} from '@trace/domain';
import { stableUuid } from '@trace/shared';
import { CommandContext } from '../../shared/command-context';
import { recordedFacts } from '../../shared/event-envelopes';
import { StreamCommands } from '../../shared/stream-commands';
import { CountRecords } from '../count-records';
import { ReconcileCountCommand } from './reconcile-count.command';
import { CountReconciledResponse } from './reconcile-count.response';

/**
 * Appends a closed count's corrections, each decided by its unit's (or lot's) own decider on its own stream: a unit
 * that cannot take the correction now (sold, in transit, packed, moved since the count…) is skipped with the rule
 * that refused it. Each correction has a command id of its own, derived from the count and the unit, so a retry
 * after an interruption finds the corrections already made instead of making them again. Then the count records
 * the reconciliation: once, answered the same to a retry with the same choices.
 */
@CommandHandler(ReconcileCountCommand)
export class ReconcileCountHandler implements ICommandHandler<ReconcileCountCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly records: CountRecords,
  ) {}

  async execute({ countId, choices, context }: ReconcileCountCommand): Promise<CountReconciledResponse> {
    const record = await this.records.load(countId);
    if (reconciliationDue(record.count, choices)) {
      const outcome = await this.corrections(record.count, recordedFacts<CountEvent>(record.history), choices, context);
      await this.commands.execute<CountState>({
        stream: countStream(countId),
        decider: countDecider,
        decide: (state) => countDecider.decide({ type: 'ReconcileCount', choices, outcome }, state),
        context,
        occurredAt: this.commands.occurredAt(undefined),
      });
    }
    // What the count recorded: this reconciliation's, or the first one's for a retry with the same choices.
    const { count, history } = await this.records.load(countId);
    const { outcome } = count.reconciled as NonNullable<ExistingCount['reconciled']>;
    const last = history[history.length - 1];
    return { countId, choices, ...outcome, revision: last.revision, position: last.position };
  }

  private async corrections(count: ExistingCount, facts: CountEvent[], choices: CountChoices, context: CommandContext): Promise<ReconcileOutcome> {
    const outcome: ReconcileOutcome = { markedMissing: 0, moved: 0, found: 0, adjustedLots: 0, skipped: [] };
    const findings = facts.filter((event): event is CountFindings => event.type === 'CountFindings').map((event) => event.data);
    const closed = facts.find((event): event is CountClosed => event.type === 'CountClosed');
    const correct = async (subject: string, apply: (context: CommandContext) => Promise<unknown>): Promise<RuleViolation | null> => {
      // One command per correction, idempotent by its own id: a retry answers what the first attempt appended.
      const own: CommandContext = { ...context, commandId: stableUuid(`count:${count.countId}:reconcile:${subject}`), idempotent: true, requestHash: '' };
      try {
        await apply(own);
        return null;
      } catch (error) {
        if (error instanceof RuleViolation) return error;
        throw error;
      }
    };
    const skip = (refused: RuleViolation, about: { unit?: UnitRef; lotId?: string }) =>
      outcome.skipped.push({ ...about, rule: refused.rule, message: refused.message });

    if (choices.missing === 'mark-missing') {
      for (const { sku, serial, location } of findings.flatMap((batch) => batch.missing)) {
        const unit = { sku, serial };
        const refused = await correct(`unit:${unitKey(unit)}`, (own) =>
          this.onUnit(unit, { type: 'ReportUnitMissing', countId: count.countId, location }, own),
        );
        if (refused) skip(refused, { unit });
        else outcome.markedMissing++;
      }
    }
    if (choices.unexpected === 'move-here') {
      for (const { sku, serial, recorded } of findings.flatMap((batch) => batch.unexpected)) {
        const unit = { sku, serial };
        const wasMissing = recorded?.status === 'missing';
        const command: UnitLifecycleCommand = wasMissing
          ? { type: 'FindUnit', location: count.location, countId: count.countId, how: 'count' }
          : { type: 'MoveUnit', to: count.location, reason: 'cycle-count', countId: count.countId };
        const refused = await correct(`unit:${unitKey(unit)}`, (own) => this.onUnit(unit, command, own));
        if (refused) skip(refused, { unit });
        else if (wasMissing) outcome.found++;
        else outcome.moved++;
      }
    }
    if (choices.lots === 'adjust') {
      for (const lot of (closed?.data.lots ?? []).filter((line: LotFinding) => line.difference !== 0)) {
        const refused = await correct(`lot:${lot.lotId}`, (own) => this.onLot(count, lot, own));
        if (refused) skip(refused, { lotId: lot.lotId });
        else outcome.adjustedLots++;
      }
    }
    return outcome;
  }

  private onUnit(unit: UnitRef, command: UnitLifecycleCommand, context: CommandContext) {
    return this.on<UnitState>(unitStream(unit), unitDecider, (state) => unitDecider.decide(command, state), context);
  }

  private onLot(count: ExistingCount, lot: LotFinding, context: CommandContext) {
    const occurredAt = this.commands.occurredAt(undefined);
    const adjust = {
      occurredAt,
      type: 'AdjustLot' as const,
      lotId: lot.lotId,
      location: count.location,
      quantity: quantityOf(lot.difference),
      reason: 'cycle-count',
      countId: count.countId,
    };
    return this.on<LotState>(lotStream(lot.lotId), lotDecider, (state) => lotDecider.decide(adjust, state), context);
  }

  private on<State>(stream: string, decider: Decider<never, DomainEvent, State>, decide: (state: State) => DomainEvent[], context: CommandContext) {
    return this.commands.execute<State>({ stream, decider, decide, context, occurredAt: this.commands.occurredAt(undefined) });
  }
}
