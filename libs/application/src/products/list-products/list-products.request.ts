import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageParams } from '../../shared/paging';
import { GTIN_SCHEMA, IsGtin, Optional } from '../../shared/validators';

export class ListProductsRequest extends PageParams {
  @ApiPropertyOptional({ ...GTIN_SCHEMA, description: 'The product with this GTIN (any of GTIN-8/12/13/14 for the same number)' })
  @Optional()
  @IsGtin()
  gtin?: string;
}
