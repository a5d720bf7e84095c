import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { cbvTerm, EpcRole } from '@trace/domain';
import { IsInstant, Optional } from '../../shared/validators';
import { EpcisEventFilter } from '../query/epcis-event-filter';

/** Values of one parameter: EPCIS lists are comma-separated (a parameter given twice is refused, as everywhere). */
const LIST = { description: 'One value, or several separated by commas', maxLength: 4000 };

export const MAX_PER_PAGE = 1000;

/** The paging of the REST binding: perPage, and the token a previous page's Link header carried. */
export class EpcisPageRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PER_PAGE, default: 30 })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage?: number;

  @ApiPropertyOptional({ description: 'From the previous page’s Link header (rel="next")' })
  @Optional()
  @IsString()
  @Length(1, 20)
  nextPageToken?: string;
}

/** The SimpleEventQuery parameters served (EPCIS 2.0 REST binding, GET /events), as a named query keeps them too. */
export class EventFilterParameters {
  @ApiPropertyOptional({ ...LIST, example: 'ObjectEvent,AggregationEvent' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  eventType?: string;

  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z' })
  @Optional()
  @IsInstant()
  GE_eventTime?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsInstant()
  LT_eventTime?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsInstant()
  GE_recordTime?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsInstant()
  LT_recordTime?: string;

  @ApiPropertyOptional({ ...LIST, example: 'OBSERVE' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  EQ_action?: string;

  @ApiPropertyOptional({ ...LIST, example: 'shipping', description: 'Bare CBV terms, URNs or web URIs alike' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  EQ_bizStep?: string;

  @ApiPropertyOptional({ ...LIST, example: 'in_transit' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  EQ_disposition?: string;

  @ApiPropertyOptional({ ...LIST, example: 'urn:epc:id:sgln:0614141.07346.1234' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  EQ_readPoint?: string;

  @ApiPropertyOptional({ ...LIST, example: 'urn:epc:id:sgln:0614141.07346.0' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  EQ_bizLocation?: string;

  @ApiPropertyOptional({ ...LIST })
  @Optional()
  @IsString()
  @Length(1, 4000)
  EQ_eventID?: string;

  @ApiPropertyOptional({
    ...LIST,
    example: 'urn:epc:id:sgtin:0614141.107346.2017',
    description: 'In epcList or childEPCs; an EPC URN, a Digital Link or the service’s own name',
  })
  @Optional()
  @IsString()
  @Length(1, 4000)
  MATCH_epc?: string;

  @ApiPropertyOptional({ ...LIST })
  @Optional()
  @IsString()
  @Length(1, 4000)
  MATCH_parentID?: string;

  @ApiPropertyOptional({ ...LIST })
  @Optional()
  @IsString()
  @Length(1, 4000)
  MATCH_inputEPC?: string;

  @ApiPropertyOptional({ ...LIST })
  @Optional()
  @IsString()
  @Length(1, 4000)
  MATCH_outputEPC?: string;

  @ApiPropertyOptional({ ...LIST, description: 'In epcList, childEPCs, parentID, inputEPCList or outputEPCList' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  MATCH_anyEPC?: string;

  @ApiPropertyOptional({ ...LIST, example: 'urn:epc:class:lgtin:4012345.012345.998877', description: 'In a quantity list' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  MATCH_epcClass?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only events declared erroneous (true), or only the others (false)' })
  @Optional()
  @IsIn(['true', 'false'])
  EXISTS_errorDeclaration?: 'true' | 'false';
}

/** GET /epcis/events: the filters and a page. */
export class QueryEventsRequest extends IntersectionType(EventFilterParameters, EpcisPageRequest) {}

const values = (given: string | undefined): string[] | undefined =>
  given === undefined
    ? undefined
    : given
        .split(',')
        .map((value) => value.trim())
        .filter((value) => value.length > 0);

const range = (from: string | undefined, before: string | undefined) =>
  from === undefined && before === undefined
    ? undefined
    : { ...(from === undefined ? {} : { from: new Date(from).toISOString() }), ...(before === undefined ? {} : { before: new Date(before).toISOString() }) };

const defined = <T extends object>(record: T): T => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;

const MATCHES: Array<[keyof EventFilterParameters, EpcRole[]]> = [
  ['MATCH_epc', ['epc']],
  ['MATCH_parentID', ['parentID']],
  ['MATCH_inputEPC', ['inputEPC']],
  ['MATCH_outputEPC', ['outputEPC']],
  ['MATCH_anyEPC', ['epc', 'parentID', 'inputEPC', 'outputEPC']],
  ['MATCH_epcClass', ['epcClass']],
];

/** The request's filters, normalised as the repository stores them: CBV terms bare, times UTC. */
export function eventFilterOf(request: EventFilterParameters): EpcisEventFilter {
  const terms = (given: string | undefined) => values(given)?.map((value) => cbvTerm(value) as string);
  return {
    equal: defined({
      eventType: values(request.eventType),
      action: values(request.EQ_action),
      bizStep: terms(request.EQ_bizStep),
      disposition: terms(request.EQ_disposition),
      readPoint: values(request.EQ_readPoint),
      bizLocation: values(request.EQ_bizLocation),
      eventID: values(request.EQ_eventID),
    }),
    ranges: defined({ eventTime: range(request.GE_eventTime, request.LT_eventTime), recordTime: range(request.GE_recordTime, request.LT_recordTime) }),
    matches: MATCHES.flatMap(([parameter, roles]) => {
      const identifiers = values(request[parameter]);
      return identifiers ? [{ identifiers, roles }] : [];
    }),
    errorDeclaration: request.EXISTS_errorDeclaration === undefined ? null : request.EXISTS_errorDeclaration === 'true',
  };
}
