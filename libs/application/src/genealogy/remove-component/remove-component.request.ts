import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier, UnitParams } from '../../shared/validators';

/** Path parameters: `/v1/units/{sku}/{serial}/components/{childSku}/{childSerial}` */
export class RemoveComponentParams extends UnitParams {
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  childSku: string;

  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  childSerial: string;
}
