import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length } from 'class-validator';
import { CODE_SCHEMA, ScanPlaceRequest } from '../record-scan/record-scan.request';

export const MAX_SCANS = 10_000;

export class RecordScansRequest extends ScanPlaceRequest {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_SCANS, example: [CODE_SCHEMA.example, 'urn:epc:id:sgtin:9506000.013435.SN-2'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SCANS)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  codes: string[];
}
