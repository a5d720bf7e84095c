import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant, optionalInstant, Optional } from '../../shared/validators';
import { TimeClock } from './time-clock';

/** The query parameters of time travel; either one turns a "now" query into a time-travel query. */
export class TimeTravelParams {
  @ApiPropertyOptional({
    description: 'As it happened: state at this instant, from events that occurred by then, in the order they occurred.',
    example: '2026-03-03T00:00:00Z',
  })
  @Optional()
  @IsInstant()
  asOf?: string;

  @ApiPropertyOptional({
    description: 'As we knew it then: only events recorded by this instant (alone: what this service answered at that moment).',
    example: '2026-03-05T00:00:00Z',
  })
  @Optional()
  @IsInstant()
  knownAt?: string;
}

/** The clock a request asks for, or null for "now" (the current read models). */
export function requestedClock({ asOf, knownAt }: TimeTravelParams): TimeClock | null {
  if (asOf === undefined && knownAt === undefined) return null;
  return {
    asOf: optionalInstant(asOf),
    knownAt: optionalInstant(knownAt),
  };
}
