import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { UnitResponse } from '../../shared/unit-view';
import { SCAN_WARNINGS } from '../scan-warnings';

/** What a scan found: what the code names, that thing as the record has it, and what does not fit. */
@ApiExtraModels(UnitResponse)
export class ScanResultResponse {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'What the code names: {sku, serial, gtin, lot?, expiry?} (a unit), {containerId} (an SSCC) or {lotId, gtin} (a lot)',
    example: { sku: 'PUMP-200', serial: 'SN-1', gtin: '09506000134352', lot: 'L1', expiry: '2028-12-31' },
  })
  identified: Record<string, string>;

  @ApiPropertyOptional({ oneOf: [{ $ref: getSchemaPath(UnitResponse) }, { type: 'null' }], description: 'The unit now (null: a serial never issued)' })
  unit?: UnitResponse | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: 'The container now' })
  container?: object | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: 'The lot now' })
  lot?: object | null;

  @ApiProperty({ enum: SCAN_WARNINGS, isArray: true, description: 'What the scan finds that does not fit the record' })
  warnings: string[];
}

/** One scan's answer: what it found, and where its sighting is in the log. */
export class ScanResponse extends ScanResultResponse {
  @ApiProperty({ description: 'Position of the sighting in the log (send it as X-Min-Position to read it back)', example: 1042 })
  position: number;
}
