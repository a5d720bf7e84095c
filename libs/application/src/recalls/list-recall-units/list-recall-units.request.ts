import { IntersectionType } from '@nestjs/swagger';
import { PageParams } from '../../shared/paging';
import { RecallUnitsFilterRequest } from '../recall-units-filter';

/** Paging plus the filter (mapped types carry the validation rules of both). */
export class ListRecallUnitsRequest extends IntersectionType(PageParams, RecallUnitsFilterRequest) {}
