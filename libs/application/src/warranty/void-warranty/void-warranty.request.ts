import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '../../shared/validators';

export class VoidWarrantyRequest {
  @ApiProperty({ example: 'seal broken: tampering' })
  @IsText()
  reason: string;
}
