import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant, Optional } from '../../shared/validators';

export class UnitWarrantyQueryRequest {
  @ApiPropertyOptional({ example: '2027-03-01T00:00:00Z', description: 'The warranty as it stood then (events that happened by then)' })
  @Optional()
  @IsInstant()
  asOf?: string;
}
