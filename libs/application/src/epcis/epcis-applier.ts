import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ContainerChange,
  containerDecider,
  containerStream,
  gtinDecider,
  gtinStream,
  lotDecider,
  lotStream,
  NotFound,
  RuleViolation,
  unitDecider,
  UnitLifecycleCommand,
  UnitRef,
  unitStream,
} from '@trace/domain';
import { ChangeContainerCommand } from '../containers/change-container/change-container.command';
import { CreateContainerCommand } from '../containers/create-container/create-container.command';
import { PackContentsCommand } from '../containers/pack-contents/pack-contents.command';
import { UnpackContainerCommand } from '../containers/unpack-container/unpack-container.command';
import { UnpackUnitCommand } from '../containers/unpack-unit/unpack-unit.command';
import { ConsumeLotCommand } from '../genealogy/consume-lot/consume-lot.command';
import { InstallComponentCommand } from '../genealogy/install-component/install-component.command';
import { ChangeLotCommand } from '../lots/change-lot/change-lot.command';
import { RegisterLotCommand } from '../lots/register-lot/register-lot.command';
import { RegisterProductCommand } from '../products/register-product/register-product.command';
import { RecordScanCommand } from '../scans/record-scan/record-scan.command';
import { skuOfGtin } from '../scans/gtin-products';
import { PendingHolds } from '../shared/pending-holds';
import { StreamCommands } from '../shared/stream-commands';
import { AssignSerialsCommand } from '../units/assign-serials/assign-serials.command';
import { ChangeUnitCommand } from '../units/change-unit/change-unit.command';
import { EpcisEventProblem, EpcisIntent, LotQuantityKey, Subject } from './epcis-intents';
import { assertLotOf, EpcisLotStock } from './epcis-lot-stock';
import { IntentOrigin } from './intent-origin';

type UnitSubject = Extract<Subject, { kind: 'unit' }>;

/**
 * Carries out an EPCIS event's intents through the ordinary command handlers, so a partner's event is judged by
 * exactly the rules a native request is. Reads go through the event store (staged during a capture), never the
 * read models, so what an earlier event of the same document did is seen by the next.
 */
@Injectable()
export class EpcisApplier {
  constructor(
    private readonly bus: CommandBus,
    private readonly commands: StreamCommands,
    private readonly holds: PendingHolds,
    private readonly lotStock: EpcisLotStock,
  ) {}

  /**
   * Runs `work`, which carries out `intents` (a whole document's), after reading at once what they will read one
   * by one: `streams` and the GTINs' registrations first, then the units', containers' and lots' streams, and the
   * pending holds of the units shipped or sold. Inside a stage, every later read of those is the stage's: two
   * reads of the store a document instead of two or three an event.
   */
  async readingAhead<T>(intents: EpcisIntent[], streams: string[], work: () => Promise<T>): Promise<T> {
    const named = intents.map(namedBy);
    const gtins = [...new Set(named.flatMap(({ units, lots }) => [...units, ...lots].map((item) => item.gtin)))].map((gtin) => gtinStream(gtin));
    // Read together; folded from the stage.
    await this.commands.readAhead([...gtins, ...streams]);
    const registers = await this.commands.states(gtins, gtinDecider);
    // A GTIN no product has becomes the SKU of the product a commissioning registers.
    const unitOf = (unit: UnitSubject): UnitRef => ({ sku: registers.get(gtinStream(unit.gtin))?.claimedBy ?? unit.gtin, serial: unit.serial });
    await this.commands.readAhead([
      ...named.flatMap(({ units }) => units.map((unit) => unitStream(unitOf(unit)))),
      ...named.flatMap(({ containers }) => containers.map((sscc) => containerStream(sscc))),
      ...named.flatMap(({ lots }) => lots.map(({ lot }) => lotStream(lot))),
    ]);
    return this.holds.readingAhead(
      named.flatMap(({ held }) => held.map(unitOf)),
      work,
    );
  }

  async apply(intent: EpcisIntent, origin: IntentOrigin): Promise<void> {
    const at = origin.eventTime;
    switch (intent.kind) {
      case 'commission':
        return this.commission(intent, origin);
      case 'commission-lots':
        for (const lot of intent.lots) await this.commissionLot(lot, intent.location, origin);
        return;
      case 'observe':
        for (const subject of intent.subjects)
          await this.bus.execute(new RecordScanCommand({ code: codeOf(subject), location: intent.location, occurredAt: at }, origin.next()));
        return;
      case 'move':
        for (const subject of intent.subjects)
          if ((await this.placeOf(subject)).location !== intent.to) await this.change(subject, { type: 'MoveUnit', to: intent.to }, origin);
        return;
      case 'ship':
        for (const subject of intent.subjects) await this.change(subject, { type: 'ShipUnit', to: intent.to, occurredAt: at }, origin);
        return this.lotStock.ship(intent, origin);
      case 'receive':
        for (const subject of intent.subjects) await this.receive(subject, intent.by, intent.location, origin);
        return this.lotStock.receive(intent, origin);
      case 'sell':
        for (const unit of await this.units(intent.subjects, 'a sale')) {
          await this.bus.execute(new ChangeUnitCommand(unit, { type: 'SellUnit', customer: intent.customer, receipt: intent.receipt }, at, origin.next()));
        }
        return this.lotStock.sell(intent, origin);
      case 'scrap':
        for (const unit of await this.units(intent.subjects, 'scrapping')) {
          await this.bus.execute(new ChangeUnitCommand(unit, { type: 'ScrapUnit', reason: intent.reason }, at, origin.next()));
        }
        return this.lotStock.dispose(intent, origin);
      case 'pack':
        return this.pack(intent.container, intent.units, intent.location, origin);
      case 'unpack':
        for (const subject of intent.units) {
          await this.bus.execute(
            subject.kind === 'container'
              ? new UnpackContainerCommand(intent.container, subject.sscc, origin.next())
              : new UnpackUnitCommand(intent.container, await this.unitOf(subject), origin.next()),
          );
        }
        return;
      case 'transform':
        return this.transform(intent, origin);
      case 'kept-as-captured':
        return;
      default: {
        const unhandled: never = intent;
        return unhandled;
      }
    }
  }

  /** The SKU of a GTIN; a GTIN no product has becomes a product whose SKU is the GTIN, when the event creates things. */
  private async skuOf(gtin: string, create: boolean, origin?: IntentOrigin): Promise<string> {
    const claimed = await skuOfGtin(this.commands, gtin);
    if (claimed !== null) return claimed;
    if (!create || !origin) throw new NotFound(`no product has GTIN ${gtin}`);
    await this.bus.execute(new RegisterProductCommand({ sku: gtin, name: `GTIN ${gtin}`, gtin, occurredAt: origin.eventTime }, origin.next()));
    return gtin;
  }

  private async unitOf(subject: UnitSubject): Promise<UnitRef> {
    return { sku: await this.skuOf(subject.gtin, false), serial: subject.serial };
  }

  private async units(subjects: Subject[], what: string): Promise<UnitRef[]> {
    const units: UnitRef[] = [];
    for (const subject of subjects) {
      if (subject.kind === 'container') throw new EpcisEventProblem(`${what} names serialised items, not containers: SSCC ${subject.sscc}`);
      units.push(await this.unitOf(subject));
    }
    return units;
  }

  /** A lot, registered by this event if new (produced at the event's time); a lot number of another product fails the event. */
  private async lotFor(
    lotId: string,
    sku: string,
    origin: IntentOrigin,
    registration: { expiresAt?: string; quantity?: number; uom?: string; location?: string },
  ) {
    const { state } = await this.commands.state(lotStream(lotId), lotDecider);
    if (state.exists) {
      assertLotOf(state, sku);
      return false;
    }
    const lot = { lotId, sku, producedAt: origin.eventTime, ...registration, occurredAt: origin.eventTime };
    await this.bus.execute(new RegisterLotCommand(lot, origin.next()));
    return true;
  }

  private async commission(intent: Extract<EpcisIntent, { kind: 'commission' }>, origin: IntentOrigin): Promise<void> {
    const batches = new Map<string, { gtin: string; lot: string | null; expiry: string | null; serials: string[] }>();
    for (const unit of intent.units) {
      const lot = intent.lot ?? unit.lot ?? null;
      const key = `${unit.gtin}\n${lot ?? ''}`;
      const batch = batches.get(key) ?? { gtin: unit.gtin, lot, expiry: intent.expiry ?? unit.expiry ?? null, serials: [] };
      batch.serials.push(unit.serial);
      batches.set(key, batch);
    }
    for (const { gtin, lot, expiry, serials } of batches.values()) {
      const sku = await this.skuOf(gtin, true, origin);
      if (lot !== null) await this.lotFor(lot, sku, origin, expiry === null ? {} : { expiresAt: expiry });
      const batch = { sku, serials, location: intent.location, occurredAt: origin.eventTime, ...(lot === null ? {} : { lotId: lot }) };
      const { conflicts } = await this.bus.execute(new AssignSerialsCommand(batch, origin.next()));
      if (conflicts.length) throw new RuleViolation('serial-taken', `serials already assigned for ${sku}: ${conflicts.join(', ')}`);
    }
  }

  private async commissionLot(lot: LotQuantityKey, location: string, origin: IntentOrigin): Promise<void> {
    const sku = await this.skuOf(lot.gtin, true, origin);
    const quantity = lot.quantity ?? undefined;
    const registered = await this.lotFor(lot.lot, sku, origin, {
      location,
      ...(quantity === undefined ? {} : { quantity }),
      ...(lot.uom ? { uom: lot.uom } : {}),
    });
    // More of a lot already known: its stock grows where it was commissioned.
    if (!registered && quantity !== undefined) {
      await this.bus.execute(
        new ChangeLotCommand({ type: 'AdjustLot', lotId: lot.lot, location, quantity, reason: 'commissioning' }, origin.eventTime, origin.next()),
      );
    }
  }

  /** Where a unit or container is, and whether it is on its way (shipped, not yet received). */
  private async placeOf(subject: Subject): Promise<{ location: string | null; inTransit: boolean }> {
    if (subject.kind === 'container') {
      const { state } = await this.commands.state(containerStream(subject.sscc), containerDecider);
      if (!state.exists) throw new NotFound(`container ${subject.sscc} not found`);
      return { location: state.location, inTransit: state.status === 'in_transit' };
    }
    const { state } = await this.commands.state(unitStream(await this.unitOf(subject)), unitDecider);
    if (!state.exists) throw new NotFound(`unit ${subject.gtin}/${subject.serial} not found`);
    return { location: state.location, inTransit: state.status === 'in_transit' };
  }

  /**
   * A receiving: the receipt of what was shipped; what the record has in stock elsewhere (its shipping was read
   * without a destination, or never sent) arrived all the same, and moves there.
   */
  private async receive(subject: Subject, by: string, location: string, origin: IntentOrigin): Promise<void> {
    const place = await this.placeOf(subject);
    if (place.inTransit) return this.change(subject, { type: 'ReceiveUnit', by, location }, origin);
    if (place.location !== location) await this.change(subject, { type: 'MoveUnit', to: location, reason: 'receiving' }, origin);
  }

  /** A move, shipment or receipt of a unit, or of a container with all it carries (an SSCC in an epcList). */
  private async change(subject: Subject, change: ContainerChange & UnitLifecycleCommand, origin: IntentOrigin): Promise<void> {
    await this.bus.execute(
      subject.kind === 'container'
        ? new ChangeContainerCommand(subject.sscc, change, origin.eventTime, origin.next())
        : new ChangeUnitCommand(await this.unitOf(subject), change, origin.eventTime, origin.next()),
    );
  }

  /** Packing into an SSCC the service has not seen creates it where its first content is (or where packing happened). */
  private async pack(container: string, contents: Subject[], location: string | null, origin: IntentOrigin): Promise<void> {
    const { state } = await this.commands.state(containerStream(container), containerDecider);
    if (!state.exists) {
      const where = location ?? (contents.length ? (await this.placeOf(contents[0])).location : null);
      if (where === null) throw new EpcisEventProblem(`container ${container} is new and the packing says nowhere it happened (bizLocation)`);
      await this.bus.execute(new CreateContainerCommand(container, where, origin.eventTime, origin.next()));
    }
    const units: UnitRef[] = [];
    const containers: string[] = [];
    for (const subject of contents) {
      if (subject.kind === 'container') containers.push(subject.sscc);
      else units.push(await this.unitOf(subject));
    }
    await this.bus.execute(new PackContentsCommand(container, units, containers, origin.eventTime, origin.next()));
  }

  /**
   * Genealogy: output units the service has not seen are commissioned where the transformation happened; each
   * input lot's quantity is consumed into the outputs (shared equally among output units, or into an output lot,
   * registered if new); input units are built into a single output unit, or, with several outputs, retired as
   * consumed by it (scrapped, the reason naming the event).
   */
  private async transform(intent: Extract<EpcisIntent, { kind: 'transform' }>, origin: IntentOrigin): Promise<void> {
    if (intent.outputs.length && intent.outputLots.length)
      throw new EpcisEventProblem('a transformation with both unit and lot outputs is ambiguous: send one per kind');
    const outputs = await this.outputUnits(intent, origin);
    const inputs = await this.units(intent.inputs, 'a transformation input');
    for (const input of inputs) {
      await this.bus.execute(
        outputs.length === 1
          ? new InstallComponentCommand(outputs[0], input, origin.eventTime, origin.next())
          : new ChangeUnitCommand(input, { type: 'ScrapUnit', reason: `transformed by ${origin.eventID}` }, origin.eventTime, origin.next()),
      );
    }
    for (const input of intent.inputLots) {
      if (input.quantity === null) throw new EpcisEventProblem(`input lot ${input.lot} needs a quantity: consumption is counted`);
      const from = await this.lotStock.consumedFrom(input.lot, intent.location);
      for (const output of outputs) {
        await this.bus.execute(new ConsumeLotCommand(output, input.lot, input.quantity / outputs.length, from, origin.eventTime, origin.next()));
      }
      for (const output of intent.outputLots) {
        await this.lotFor(output.lot, await this.skuOf(output.gtin, true, origin), origin, intent.location ? { location: intent.location } : {});
        if (from === undefined) throw new EpcisEventProblem(`input lot ${input.lot} has no stock to consume into lot ${output.lot}`);
        const consume = { type: 'ConsumeLotStock' as const, lotId: input.lot, from, quantity: input.quantity, intoLot: output.lot };
        await this.bus.execute(new ChangeLotCommand(consume, origin.eventTime, origin.next()));
      }
    }
  }

  /** The output units, those not yet assigned commissioned by the transformation. */
  private async outputUnits(intent: Extract<EpcisIntent, { kind: 'transform' }>, origin: IntentOrigin): Promise<UnitRef[]> {
    const units = intent.outputs.filter((subject): subject is UnitSubject => subject.kind === 'unit');
    if (units.length < intent.outputs.length) throw new EpcisEventProblem('a transformation outputs serialised items or lots, not containers');
    const missing: UnitSubject[] = [];
    for (const unit of units) {
      const sku = await skuOfGtin(this.commands, unit.gtin);
      if (sku === null || !(await this.commands.state(unitStream({ sku, serial: unit.serial }), unitDecider)).state.exists) missing.push(unit);
    }
    if (missing.length) {
      if (intent.location === null) throw new EpcisEventProblem('new output units need a place to be commissioned at: bizLocation or readPoint');
      await this.commission({ kind: 'commission', units: missing, location: intent.location, lot: null, expiry: null }, origin);
    }
    return Promise.all(units.map((unit) => this.unitOf(unit)));
  }
}

/** The units, containers and lots an intent names, and the units whose pending holds its commands read. */
function namedBy(intent: EpcisIntent): { units: UnitSubject[]; containers: string[]; lots: Array<{ gtin: string; lot: string }>; held: UnitSubject[] } {
  const units = (subjects: Subject[]) => subjects.filter((subject): subject is UnitSubject => subject.kind === 'unit');
  const containers = (subjects: Subject[]) => subjects.flatMap((subject) => (subject.kind === 'container' ? [subject.sscc] : []));
  const none = { units: [], containers: [], lots: [], held: [] };
  switch (intent.kind) {
    case 'commission': {
      const lots = intent.units.flatMap((unit) => {
        const lot = intent.lot ?? unit.lot;
        return lot ? [{ gtin: unit.gtin, lot }] : [];
      });
      return { ...none, units: intent.units, lots };
    }
    case 'commission-lots':
      return { ...none, lots: intent.lots };
    case 'transform': {
      const subjects = [...intent.inputs, ...intent.outputs];
      return { ...none, units: units(subjects), containers: containers(subjects), lots: [...intent.inputLots, ...intent.outputLots] };
    }
    case 'ship':
    case 'sell':
      return { ...none, units: units(intent.subjects), containers: containers(intent.subjects), held: units(intent.subjects), lots: intent.lots };
    case 'receive':
    case 'scrap':
      return { ...none, units: units(intent.subjects), containers: containers(intent.subjects), lots: intent.lots };
    case 'observe':
    case 'move':
      return { ...none, units: units(intent.subjects), containers: containers(intent.subjects) };
    case 'pack':
    case 'unpack':
      return { ...none, units: units(intent.units), containers: [intent.container, ...containers(intent.units)] };
    case 'kept-as-captured':
      return none;
    default: {
      const unhandled: never = intent;
      return unhandled;
    }
  }
}

/** The code a sighting records: the identifier in the form the scans take (a Digital Link names either kind). */
function codeOf(subject: Subject): string {
  return subject.kind === 'container'
    ? `https://id.gs1.org/00/${subject.sscc}`
    : `https://id.gs1.org/01/${subject.gtin}/21/${encodeURIComponent(subject.serial)}`;
}
