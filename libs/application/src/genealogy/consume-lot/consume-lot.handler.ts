import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidInput, LotConsumed, lotDecider, lotStream, propagateUp, unitDecider } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { answerFor, StreamCommands, StreamWrite } from '../../shared/stream-commands';
import { LotForUnits, lotForUnits } from '../../units/assign-serial/lot-reference';
import { LotPendingHolds } from '../../shared/lot-pending-holds';
import { UnitLoader } from '../../shared/unit-loader';
import { ConsumeLotCommand } from './consume-lot.command';

/**
 * Material consumed by a unit that is already built into others reaches their genealogy too. Taken from a lot's
 * stock, it leaves the lot in the same write: the lot decider refuses more than is there, or a quarantined lot.
 */
@CommandHandler(ConsumeLotCommand)
export class ConsumeLotHandler implements ICommandHandler<ConsumeLotCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly units: UnitLoader,
    private readonly pendingHolds: LotPendingHolds,
  ) {}

  async execute({ unit, lotId, quantity, from, occurredAt, context, answer }: ConsumeLotCommand): Promise<ChangedResponse> {
    const when = this.commands.occurredAt(occurredAt);
    const held = from === undefined ? undefined : await this.pendingHolds.overlay(lotId);
    const results = await this.commands.executeAll(context, when, async () => {
      const loaded = await this.units.load(unit);
      const lot = await lotForUnits(this.commands, lotId);
      const ancestors = await this.units.ancestors(loaded.state);
      const within = ancestors.map((ancestor) => ancestor.state);
      const events = unitDecider.decide({ type: 'ConsumeLot', lot: lot.reference, quantity, within }, loaded.state);
      const upward = propagateUp(
        loaded.state,
        ancestors.map((a) => a.state),
        [(events[0] as LotConsumed).data.entry],
      );
      return [
        { stream: loaded.stream, expected: loaded.expected, events },
        ...this.fromStock(held && lot.lot ? { ...lot, lot: held(lot.lot) } : lot, from, quantity, unit, when),
        ...ancestors.map((ancestor, i) => ({ stream: ancestor.stream, expected: ancestor.expected, events: upward[i] })),
      ];
    });
    return answerFor(results, answer === 'unit' ? 0 : 1);
  }

  /** The lot's side: stock taken at `from`; nothing for a lot without stock (a serialised lot's material). */
  private fromStock(lot: LotForUnits, from: string | undefined, quantity: number, unit: ConsumeLotCommand['unit'], occurredAt: string): StreamWrite[] {
    if (lot.lot === null) return [];
    const places = Object.keys(lot.lot.atLocations);
    if (from === undefined) {
      if (places.length) throw InvalidInput.field('from', `is required: lot ${lot.lot.lotId} has stock at ${places.join(', ')}`);
      return [];
    }
    const events = lotDecider.decide({ type: 'ConsumeLotStock', lotId: lot.lot.lotId, occurredAt, from, quantity, intoUnit: unit }, lot.lot);
    return [{ stream: lotStream(lot.lot.lotId), expected: lot.expected, events }];
  }
}
