import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier, UnitParams } from '../shared/validators';

export class RecallParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'RC-2026-017' })
  @IsIdentifier()
  recallId: string;
}

/** `/v1/recalls/{recallId}/units/{sku}/{serial}` */
export class RecallUnitParams extends UnitParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'RC-2026-017' })
  @IsIdentifier()
  recallId: string;
}
