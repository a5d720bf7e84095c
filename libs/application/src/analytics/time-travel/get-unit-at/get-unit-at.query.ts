import { UnitRef } from '@trace/domain';
import { TimeClock } from '../time-clock';

export class GetUnitAtQuery {
  constructor(
    readonly unit: UnitRef,
    readonly clock: TimeClock,
  ) {}
}
