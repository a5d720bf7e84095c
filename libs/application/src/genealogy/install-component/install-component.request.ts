import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';

/** The component unit to build in, and when. */
export class InstallComponentRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'CELL-21700', description: 'SKU of the component unit' })
  @IsIdentifier()
  sku: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'C-000042', description: 'Serial of the component unit' })
  @IsIdentifier()
  serial: string;
}
