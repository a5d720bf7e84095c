import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@trace/config';
import {
  containerDecider,
  containerStream,
  decideEvidence,
  DomainError,
  DomainEvent,
  ExistingUnit,
  gtinDecider,
  gtinStream,
  lotDecider,
  lotStream,
  NotFound,
  observeContainer,
  observeLot,
  unitDecider,
  unitKey,
  UnitRef,
  unitStream,
  unknownSerialSeen,
} from '@trace/domain';
import { ExpectedRevision } from '@trace/event-store';
import { containersModel, lotsModel, UnitDocument, unitsModel } from '@trace/projections';
import { getDocument, pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { CommandContext } from '../shared/command-context';
import { PendingHolds } from '../shared/pending-holds';
import { serialsBySku } from '../shared/serials-by-sku';
import { lastPosition, StreamCommands, StreamWrite } from '../shared/stream-commands';
import { UnitResponse, UnitViews } from '../shared/unit-view';
import { GtinSku, productOf, productsByGtin } from './gtin-products';
import { parseScanCode, ScanIdentity } from './scan-code';
import { lotWarnings, ScanPlace, unitWarnings } from './scan-warnings';
import { ScanResultResponse } from './record-scan/record-scan.response';

/** One code's outcome: its answer, or the domain error that code alone met (malformed, unknown GTIN, unknown container or lot). */
export type ScanOutcome = ScanResultResponse | DomainError;

/** A stream a batch writes: its state as read and folded on, and the events decided so far. */
interface Target<State> {
  stream: string;
  state: State;
  expected: ExpectedRevision;
  events: DomainEvent[];
}

/**
 * Records scans: each code parsed, resolved to a unit (by its product's GTIN), a container (its SSCC is its id)
 * or a lot, judged against the record (warnings), and recorded as a sighting in that thing's history; a serial of
 * a known GTIN that was never issued is recorded on the GTIN's stream. A batch reads each stream once, decides its
 * codes in order (a unit scanned twice sees its first sighting) and lands in one atomic write.
 */
@Injectable()
export class ScanRecorder {
  constructor(
    private readonly commands: StreamCommands,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly holds: PendingHolds,
    private readonly views: UnitViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Each code's outcome, in order, and the position of the last event the batch appended (0: none). */
  async record(
    codes: string[],
    seen: Omit<ScanPlace, 'occurredAt'> & { occurredAt?: string },
    context: CommandContext,
  ): Promise<{ outcomes: ScanOutcome[]; position: number }> {
    const place: ScanPlace = { ...seen, occurredAt: this.commands.occurredAt(seen.occurredAt) };
    const identities = codes.map((code) => attempt(() => parseScanCode(code)));
    const products = await this.products(identities);
    let outcomes: ScanOutcome[] = [];
    const results = await this.commands.executeAll(context, place.occurredAt, async () => {
      const targets = new Map<string, Target<unknown>>();
      const read = async <State>(stream: string, decider: Parameters<StreamCommands['state']>[1]): Promise<Target<State>> => {
        const known = targets.get(stream);
        if (known) return known as Target<State>;
        const { state, history } = await this.commands.state(stream, decider);
        const target = { stream, state, expected: StreamCommands.expectedAfter(history), events: [] } as Target<State>;
        targets.set(stream, target);
        return target;
      };
      const rows = await this.unitRows(identities, products);
      const overlay = await this.holds.overlay([...rows.values()].map(({ sku, serial }) => ({ sku, serial })));
      const views = new Map((await this.views.of([...rows.values()])).map((view) => [unitKey(view), view]));
      outcomes = [];
      for (const identity of identities) {
        if (identity instanceof DomainError) {
          outcomes.push(identity);
          continue;
        }
        outcomes.push(await this.one(identity, products, rows, views, overlay, read, place).catch(ownError));
      }
      return [...targets.values()].filter((target) => target.events.length).map(({ stream, expected, events }): StreamWrite => ({ stream, expected, events }));
    });
    return { outcomes, position: lastPosition(results) };
  }

  private async one(
    identity: ScanIdentity,
    products: Map<string, GtinSku | null>,
    rows: Map<string, UnitDocument>,
    views: Map<string, UnitResponse>,
    overlay: (unit: ExistingUnit) => ExistingUnit,
    read: <State>(stream: string, decider: Parameters<StreamCommands['state']>[1]) => Promise<Target<State>>,
    place: ScanPlace,
  ): Promise<ScanResultResponse> {
    switch (identity.kind) {
      case 'container': {
        const target = await read<Awaited<ReturnType<typeof containerDecider.initialState>>>(containerStream(identity.sscc), containerDecider);
        const container = target.state;
        if (!container.exists) throw new NotFound(`container ${identity.sscc} not found`);
        const warnings = container.location === place.location ? [] : ['location-mismatch'];
        target.events.push(...observeContainer(container, { ...place, warnings }));
        const row = await getDocument(this.reads, containersModel, { containerId: identity.sscc });
        return { identified: { containerId: identity.sscc }, container: row && { ...row, location: container.location }, warnings };
      }
      case 'lot': {
        const product = productOf(products, identity.gtin);
        const target = await read<ReturnType<typeof lotDecider.initialState>>(lotStream(identity.lot), lotDecider);
        const lot = target.state;
        if (!lot.exists || lot.sku !== product.sku) throw new NotFound(`lot ${identity.lot} of GTIN ${identity.gtin} (${product.sku}) not found`);
        const warnings = lotWarnings(identity, lot, place);
        target.events.push(...observeLot(lot, { ...place, warnings }));
        return { identified: { lotId: identity.lot, gtin: identity.gtin }, lot: await getDocument(this.reads, lotsModel, { lotId: identity.lot }), warnings };
      }
      case 'unit': {
        const product = productOf(products, identity.gtin);
        const ref: UnitRef = { sku: product.sku, serial: identity.serial };
        const { lot, expiry } = identity;
        const identified = {
          sku: ref.sku,
          serial: ref.serial,
          gtin: identity.gtin,
          ...(lot === undefined ? {} : { lot }),
          ...(expiry === undefined ? {} : { expiry }),
        };
        const target = await read<ReturnType<typeof unitDecider.initialState>>(unitStream(ref), unitDecider);
        if (!target.state.exists) {
          const register = await read<ReturnType<typeof gtinDecider.initialState>>(gtinStream(identity.gtin), gtinDecider);
          const { location, party } = place;
          register.events.push(...unknownSerialSeen({ gtin: identity.gtin, sku: ref.sku, serial: ref.serial, how: 'scan', location, party }));
          return { identified, unit: null, warnings: ['unknown-serial'] };
        }
        const unit = target.state;
        const row = rows.get(unitKey(ref)) ?? null;
        const warnings: string[] = unitWarnings(identity, unit, overlay(unit), row, place);
        const events = decideEvidence({ type: 'ObserveUnit', ...place, warnings, travelMinutes: this.config.suspectTravelMinutes }, unit);
        for (const event of events) target.state = unitDecider.evolve(target.state, event);
        target.events.push(...events);
        const after = target.state as ExistingUnit;
        if (after.suspect) warnings.push('suspect');
        const view = views.get(unitKey(ref)) ?? null;
        // A missing unit is found by its sighting: the answer shows it where it now is, not where the record had it.
        const found = view && unit.status === 'missing' ? { ...view, status: after.status, location: after.location, custodian: after.custodian } : view;
        return { identified, unit: found, warnings };
      }
    }
  }

  /** The products the codes' GTINs name, read once per batch. */
  private products(identities: Array<ScanIdentity | DomainError>): Promise<Map<string, GtinSku | null>> {
    return productsByGtin(
      this.commands,
      identities.flatMap((identity) => (identity instanceof DomainError || identity.kind === 'container' ? [] : [identity.gtin])),
    );
  }

  /** The read-model rows of the scanned units, a read per SKU: where each is in effect (a unit built into others, where they are). */
  private async unitRows(identities: Array<ScanIdentity | DomainError>, products: Map<string, GtinSku | null>): Promise<Map<string, UnitDocument>> {
    const refs: UnitRef[] = [];
    for (const identity of identities) {
      if (identity instanceof DomainError || identity.kind !== 'unit') continue;
      const product = products.get(identity.gtin);
      if (product) refs.push({ sku: product.sku, serial: identity.serial });
    }
    const rows = new Map<string, UnitDocument>();
    for (const [sku, serials] of serialsBySku(refs)) {
      for (const row of await pageDocuments(this.reads, unitsModel, { sku, serial: serials }, serials.length)) rows.set(unitKey(row), row);
    }
    return rows;
  }
}

/** A code's own error is its outcome; anything else is not the code's fault, and is thrown on. */
function ownError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  throw error;
}

/** What `parse` gives, or the domain error it threw. */
function attempt<T>(parse: () => T): T | DomainError {
  try {
    return parse();
  } catch (error) {
    return ownError(error);
  }
}
