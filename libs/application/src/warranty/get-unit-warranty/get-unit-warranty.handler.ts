import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ExistingUnit, fold, NotFound, unitDecider, UnitEvent, unitKey, unitStream, WarrantyClaimFiled, warrantyStatus } from '@trace/domain';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { byClock } from '../../analytics/time-travel/time-clock';
import { recordedFacts } from '../../shared/event-envelopes';
import { StreamCommands } from '../../shared/stream-commands';
import { optionalInstant } from '../../shared/validators';
import { warrantyTermsOf } from '../../shared/warranty-terms';
import { WarrantyResponse } from '../warranty.responses';
import { GetUnitWarrantyQuery } from './get-unit-warranty.query';

/** A unit's warranty from its own history, now or as it stood at `asOf` (the events that happened by then). */
@QueryHandler(GetUnitWarrantyQuery)
export class GetUnitWarrantyHandler implements IQueryHandler<GetUnitWarrantyQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly commands: StreamCommands,
  ) {}

  async execute({ unit, asOf }: GetUnitWarrantyQuery): Promise<WarrantyResponse> {
    const at = optionalInstant(asOf);
    const history = await this.events.readStream(unitStream(unit));
    if (history.length === 0) throw new NotFound(`unit ${unitKey(unit)} not found`);
    const facts = recordedFacts<UnitEvent>(byClock(history, { asOf: at }));
    const state = fold(unitDecider, facts);
    if (!state.exists) throw new NotFound(`unit ${unitKey(unit)} did not exist yet at ${at}`);
    return warrantyOf(state, facts, at ?? new Date().toISOString(), await warrantyTermsOf(this.commands, unit.sku));
  }
}

function warrantyOf(unit: ExistingUnit, facts: UnitEvent[], at: string, terms: { startsAt: string } | undefined): WarrantyResponse {
  const { warranty } = unit;
  const filed = facts.filter((event): event is WarrantyClaimFiled => event.type === 'WarrantyClaimFiled');
  return {
    sku: unit.sku,
    serial: unit.serial,
    status: warrantyStatus(warranty, at),
    basis: warranty?.basis ?? terms?.startsAt ?? null,
    startsAt: warranty?.startsAt ?? null,
    endsAt: warranty?.endsAt ?? null,
    voidReason: warranty?.voided?.reason ?? null,
    extensions: warranty?.extensions ?? [],
    claims: filed.map(({ data }) => ({
      claimId: data.claimId,
      state: unit.claims[data.claimId].state,
      customer: data.customer,
      problem: data.problem,
      goodwill: data.goodwill,
      filedAt: data.filedAt,
    })),
  };
}
