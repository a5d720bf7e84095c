import { LotChangeCommand, lotDecider, LotEvent, LotState, lotStream, RegisterLot } from '@trace/domain';
import { AppendRequest } from '@trace/event-store';
import { SyntheticCommand, syntheticCommand, syntheticEnvelopes } from '../dataset/envelopes';

/** A lot command as a request asks for it; the log adds when it happened. */
type LotChange = LotChangeCommand extends infer Each ? (Each extends LotChangeCommand ? Omit<Each, 'occurredAt'> : never) : never;

interface Lot {
  state: LotState;
  /** Revision of the stream's last event. */
  revision: number | 'no_stream';
}

/**
 * Lots' histories as the API would have appended them: every command is decided by the real lot decider against
 * the lot's current state (a refused one throws), and appended at the revision it was decided on. The append
 * requests collect in log order until taken.
 */
export class LotLog {
  private readonly lots = new Map<string, Lot>();
  private requests: AppendRequest[] = [];

  /** As `POST /v1/lots`. */
  register(command: Omit<RegisterLot, 'type'>, occurredAt: string, actor = 'erp'): void {
    const lot = this.lot(command.lotId);
    this.record(command.lotId, lot, lotDecider.decide({ type: 'RegisterLot', ...command }, lot.state), syntheticCommand(actor), occurredAt);
  }

  /** Any change of one lot (a move, a sale, …), as its route would record it. */
  change(command: LotChange, occurredAt: string, actor = 'wms-scanner'): void {
    const lot = this.lot(command.lotId);
    this.record(command.lotId, lot, lotDecider.decide({ ...command, occurredAt }, lot.state), syntheticCommand(actor), occurredAt);
  }

  /**
   * A production, as `POST /v1/lots/{input}/consumptions` with `intoLot` records it: the input's stock goes down
   * and the lot made records its input, one command on both streams.
   */
  consume(input: string, from: string, quantity: number, intoLot: string, occurredAt: string): void {
    const consumed = this.lot(input);
    const made = this.lot(intoLot);
    if (!consumed.state.exists || !made.state.exists) throw new Error(`lots ${input} and ${intoLot} must both be registered first`);
    const command = syntheticCommand('mes-line-1');
    const taken = lotDecider.decide({ type: 'ConsumeLotStock', lotId: input, occurredAt, from, quantity, intoLot }, consumed.state);
    const added = lotDecider.decide({ type: 'AddLotInput', lotId: intoLot, occurredAt, input, quantity, uom: consumed.state.uom }, made.state);
    this.record(input, consumed, taken, command, occurredAt);
    this.record(intoLot, made, added, command, occurredAt);
  }

  /** The append requests recorded since the last call, in log order. */
  take(): AppendRequest[] {
    const taken = this.requests;
    this.requests = [];
    return taken;
  }

  private lot(lotId: string): Lot {
    let lot = this.lots.get(lotId);
    if (!lot) this.lots.set(lotId, (lot = { state: lotDecider.initialState(), revision: 'no_stream' }));
    return lot;
  }

  private record(lotId: string, lot: Lot, events: LotEvent[], command: SyntheticCommand, occurredAt: string): void {
    if (!events.length) return;
    this.requests.push({ stream: lotStream(lotId), events: syntheticEnvelopes(events, command, occurredAt), expected: lot.revision });
    lot.state = events.reduce((state, event) => lotDecider.evolve(state, event), lot.state);
    lot.revision = (lot.revision === 'no_stream' ? -1 : lot.revision) + events.length;
  }
}
