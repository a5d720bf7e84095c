import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { PageParams } from '../../shared/paging';
import { IDENTIFIER_SCHEMA, IsIdentifier, Optional } from '../../shared/validators';

export class ListSuspectsRequest extends PageParams {
  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'PUMP-200' })
  @Optional()
  @IsIdentifier()
  sku?: string;

  @ApiPropertyOptional({ description: 'Also the suspicions someone cleared', default: false })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeCleared?: boolean;
}
