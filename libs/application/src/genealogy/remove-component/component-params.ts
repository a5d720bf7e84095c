import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier, UnitParams } from '../../shared/validators';

/** `/v1/units/{sku}/{serial}/components/{childSku}/{childSerial}` */
export class ComponentParams extends UnitParams {
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  childSku: string;

  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  childSerial: string;
}
