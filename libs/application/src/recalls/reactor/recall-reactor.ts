import { Logger } from '@nestjs/common';
import { isUnitEvent, lotOrigin, RecallClosed, recalledOrigins, RecallOpened, RecallSeverity, SERVICE_ACTORS, UnitRef, unitToken } from '@trace/domain';
import { EventStore, RecordedEvent } from '@trace/event-store';
import { FollowerOptions, LogFollower } from '@trace/projector';
import { holdRecorded, lineageModel, projected, recallLotsModel, recallsModel, recallUnitsModel } from '@trace/projections';
import { Change, getDocument, pageDocuments, ReadStore, remove, upsert } from '@trace/read-store';
import { stableUuid } from '@trace/shared';
import { CommandContext, serviceContext } from '../../shared/command-context';
import { descendantLots } from '../../shared/lot-links';
import { allRows } from '../../shared/paging';
import { readModelsReach } from '../../shared/read-models-position';
import { addedOrigins } from './lineage-origins';
import { HeldOrigin, recallOriginsModel } from './recall-origins.model';
import { LotHolds } from './lot-holds';
import { HOLD_CHUNK, UnitHolds } from './unit-holds';

export interface RecallReactorOptions extends FollowerOptions {
  /** Checkpoint of the read models whose lineage the reactor reads. */
  readModels: string;
  clock?: () => Date;
}

/** A recall as a hold on lots made from its lots needs it. */
type LotHold = HeldOrigin & { reason: string; severity: RecallSeverity };

/** Lot origins read from the lineage per query. */
const ORIGINS_PER_READ = 500;

/**
 * Quarantines every unit a recall affects, transitively and exactly once per unit, by following the event log
 * with its own checkpoint: on a recall, every unit whose lineage holds a recalled lot or unit; afterwards, any
 * unit that gains such lineage (a serial assigned to a recalled lot, material consumed from it, a component
 * installed, however late the fact was recorded). Lots made from a recalled lot, at any depth, are held too (and
 * every unit that took any of them), including lots made from it later by a fact dated before the recall. On a
 * forced close it releases the units and lots still held.
 */
export class RecallReactor {
  private readonly logger = new Logger(RecallReactor.name);
  private readonly follower: LogFollower;
  private readonly holds: UnitHolds;
  private readonly lotHolds: LotHolds;
  private signal = new AbortController();
  /** Origin changes of the batch in progress, applied with its checkpoint. */
  private pending: Change[] = [];
  private opened = new Map<string, HeldOrigin[]>();
  private closed = new Set<string>();

  constructor(
    private readonly events: EventStore,
    private readonly reads: ReadStore,
    private readonly options: RecallReactorOptions,
  ) {
    this.holds = new UnitHolds(events, reads, options.clock ?? (() => new Date()));
    this.lotHolds = new LotHolds(events, options.clock ?? (() => new Date()));
    this.follower = new LogFollower(events, reads, { ...options, models: [recallOriginsModel] }, (batch, from) => this.handle(batch, from));
  }

  get position(): number {
    return this.follower.position;
  }

  /** Starts following; registering its model is part of it, retried until the read store can be reached. */
  start(): void {
    this.signal = new AbortController();
    this.follower.start();
  }

  async stop(): Promise<void> {
    this.signal.abort();
    await this.follower.stop();
  }

  private async handle(batch: RecordedEvent[], from: number): Promise<void> {
    this.pending = [];
    this.opened.clear();
    this.closed.clear();
    for (const event of batch) await this.react(event);
    await this.reads.apply(this.pending, { name: this.options.name, expected: from, position: batch[batch.length - 1].position });
  }

  private async react(logged: RecordedEvent): Promise<void> {
    const event = projected(logged);
    if (event === null) return;
    if (event.type === 'RecallOpened') return this.recallOpened(logged, event.data);
    if (event.type === 'RecallClosed') return this.recallClosed(logged, event.data);
    if (event.type === 'LotStockConsumed' && event.data.intoLot !== null) return this.lotMadeFrom(logged, event.data.lotId, event.data.intoLot);
    if (!isUnitEvent(event)) return;
    const unit = { sku: event.data.sku, serial: event.data.serial };
    for (const origin of addedOrigins(event)) {
      for (const hold of await this.holdsOn(origin)) {
        await this.quarantine(logged, hold, [{ unit, origin }]);
      }
    }
  }

  private async recallOpened(event: RecordedEvent, recall: RecallOpened['data']): Promise<void> {
    const hold = { recallId: recall.recallId, recalledAt: recall.recalledAt };
    for (const origin of recalledOrigins(recall)) {
      this.pending.push(upsert(recallOriginsModel, { origin, recallId: hold.recallId }, { recalledAt: hold.recalledAt }));
      this.opened.set(origin, [...(this.opened.get(origin) ?? []), hold]);
    }
    // The recalls projection copies the affected set from the lineage exactly where the recall stands in the log;
    // lineage recorded later reaches us as events.
    await this.readModelsAt(event.position);
    let quarantined = 0;
    let targets: Array<{ unit: UnitRef; origin: string }> = [];
    for await (const row of allRows(this.reads, recallUnitsModel, { recallId: hold.recallId, state: 'outstanding' })) {
      if (holdRecorded(row)) continue;
      targets.push({ unit: { sku: row.sku, serial: row.serial }, origin: row.origin });
      if (targets.length === HOLD_CHUNK) {
        quarantined += await this.quarantine(event, hold, targets);
        targets = [];
      }
    }
    quarantined += await this.quarantine(event, hold, targets);
    this.logger.log(`recall ${hold.recallId}: ${quarantined} units quarantined`);
    await this.holdMadeFrom(event, { ...hold, reason: recall.reason, severity: recall.severity }, await descendantLots(this.reads, recall.lotIds));
  }

  /** Lot `input` went into lot `made`: while a recall holds the input, the lot made (and all made from it) is held too. */
  private async lotMadeFrom(event: RecordedEvent, input: string, made: string): Promise<void> {
    const holds = await this.holdsOn(lotOrigin(input));
    if (!holds.length) return;
    await this.readModelsAt(event.position);
    for (const hold of holds) {
      const recall = await getDocument(this.reads, recallsModel, { recallId: hold.recallId });
      if (!recall) continue;
      const lots = [made, ...(await descendantLots(this.reads, [made]))];
      await this.holdMadeFrom(event, { ...hold, reason: recall.reason, severity: recall.severity }, lots);
    }
  }

  /** Holds `lots` (made from held ones) for the recall, remembers them as held origins, and quarantines every unit that took any of them. */
  private async holdMadeFrom(event: RecordedEvent, hold: LotHold, lots: string[]): Promise<void> {
    if (!lots.length) return;
    for (const lotId of lots) {
      const origin = lotOrigin(lotId);
      this.pending.push(upsert(recallOriginsModel, { origin, recallId: hold.recallId }, { recalledAt: hold.recalledAt }));
      this.opened.set(origin, [...(this.opened.get(origin) ?? []), hold]);
    }
    const { recallId, recalledAt, reason, severity } = hold;
    const holdLot = (lotId: string) => ({ type: 'HoldLot' as const, lotId, occurredAt: event.occurredAt, recallId, recalledAt, reason, severity });
    const held = await this.lotHolds.apply(lots, holdLot, this.context(event, recallId, 'quarantine'));
    const targets = new Map<string, { unit: UnitRef; origin: string }>();
    for (let start = 0; start < lots.length; start += ORIGINS_PER_READ) {
      const origins = lots.slice(start, start + ORIGINS_PER_READ).map(lotOrigin);
      for await (const row of allRows(this.reads, lineageModel, { origin: origins })) {
        const unit = { sku: row.sku, serial: row.serial };
        if (!targets.has(unitToken(unit))) targets.set(unitToken(unit), { unit, origin: row.origin });
      }
    }
    const all = [...targets.values()];
    let quarantined = 0;
    for (let start = 0; start < all.length; start += HOLD_CHUNK) quarantined += await this.quarantine(event, hold, all.slice(start, start + HOLD_CHUNK));
    this.logger.log(`recall ${recallId}: ${held} lots made from recalled lots held, ${quarantined} units that took them quarantined`);
  }

  private async recallClosed(event: RecordedEvent, recall: RecallClosed['data']): Promise<void> {
    this.closed.add(recall.recallId);
    for await (const row of allRows(this.reads, recallOriginsModel, { recallId: recall.recallId })) {
      this.pending.push(remove(recallOriginsModel, { origin: row.origin, recallId: recall.recallId }));
    }
    // Holds this reactor wrote after the recall (lots made from its lots, the units that took them) stand after the
    // close in the log: the read models must include them too, or a close right after the opening would miss them.
    await this.readModelsAt(Math.max(event.position, await this.events.headPosition()));
    const held: UnitRef[] = [];
    for await (const row of allRows(this.reads, recallUnitsModel, { recallId: recall.recallId, state: 'outstanding' })) {
      held.push({ sku: row.sku, serial: row.serial });
    }
    const note = `recall closed: ${recall.reason ?? 'closed'}`;
    const release = () => ({ type: 'ResolveRecall' as const, recallId: recall.recallId, action: 'released' as const, note });
    await this.holds.apply(recall.recallId, held, release, this.context(event, recall.recallId, 'release'));
    const lots: string[] = [];
    for await (const row of allRows(this.reads, recallLotsModel, { recallId: recall.recallId, state: 'outstanding' })) lots.push(row.lotId);
    const releaseLot = (lotId: string) => ({
      type: 'ResolveLotRecall' as const,
      lotId,
      occurredAt: event.occurredAt,
      recallId: recall.recallId,
      action: 'released' as const,
      note,
    });
    await this.lotHolds.apply(lots, releaseLot, this.context(event, recall.recallId, 'release'));
  }

  /** Open recalls holding `origin`, including those opened or closed earlier in this batch. */
  private async holdsOn(origin: string): Promise<HeldOrigin[]> {
    const stored = await pageDocuments(this.reads, recallOriginsModel, { origin }, 1000);
    const holds = [...stored.map(({ recallId, recalledAt }) => ({ recallId, recalledAt })), ...(this.opened.get(origin) ?? [])];
    return holds.filter((hold) => !this.closed.has(hold.recallId));
  }

  private async quarantine(event: RecordedEvent, hold: HeldOrigin, targets: Array<{ unit: UnitRef; origin: string }>): Promise<number> {
    const origins = new Map(targets.map((t) => [unitToken(t.unit), t.origin]));
    const command = (unit: UnitRef) => ({
      type: 'QuarantineUnit' as const,
      recallId: hold.recallId,
      recalledAt: hold.recalledAt,
      origin: origins.get(unitToken(unit)) as string,
    });
    return this.holds.apply(
      hold.recallId,
      targets.map((t) => t.unit),
      command,
      this.context(event, hold.recallId, 'quarantine'),
    );
  }

  /** One command id per recall and action: event ids derive from it, so quarantine and release never collide. */
  private context(cause: RecordedEvent, recallId: string, action: 'quarantine' | 'release'): CommandContext {
    const commandId = stableUuid(`recall-reactor:${action}:${recallId}`);
    return serviceContext(SERVICE_ACTORS.recallReactor, { commandId, correlationId: recallId, causationId: cause.eventId });
  }

  private async readModelsAt(position: number): Promise<void> {
    if (!(await readModelsReach(this.reads, this.options.readModels, position, { signal: this.signal.signal }))) {
      throw new Error('stopped while waiting for the read models');
    }
  }
}
