import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound, unitStream } from '@trace/domain';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { GetUnitHistoryQuery } from './get-unit-history.query';
import { UnitHistoryResponse } from './get-unit-history.response';

/** Read straight from the event log, so history is complete the moment a command answered. */
@QueryHandler(GetUnitHistoryQuery)
export class GetUnitHistoryHandler implements IQueryHandler<GetUnitHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async execute({ unit }: GetUnitHistoryQuery): Promise<UnitHistoryResponse> {
    const events = await this.events.readStream(unitStream(unit));
    if (events.length === 0) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
    return {
      items: events.map(({ type, occurredAt, recordedAt, position, revision, data, metadata }) => ({
        type,
        occurredAt,
        recordedAt,
        position,
        revision,
        data,
        metadata,
      })),
    };
  }
}
