import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PageParams } from '../../shared/paging';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsInstant, Optional } from '../../shared/validators';
import { RECALL_STATES } from '../get-recall/get-recall.response';

export class ListRecallsRequest extends PageParams {
  @ApiPropertyOptional({ enum: RECALL_STATES })
  @Optional()
  @IsIn(RECALL_STATES)
  state?: (typeof RECALL_STATES)[number];

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'LOT-2026-11-A', description: 'Recalls that hold this lot: recalled, or made from a recalled lot' })
  @Optional()
  @IsIdentifier()
  lotId?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'Opened at or after this instant (a date is midnight UTC)' })
  @Optional()
  @IsInstant()
  openedFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'Opened before this instant (a date is midnight UTC)' })
  @Optional()
  @IsInstant()
  openedTo?: string;
}
