import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '../../shared/validators';

export class ClearSuspicionRequest {
  @ApiProperty({ example: 'checked the pack and its tamper seal: genuine, the second scan was a test label', minLength: 1, maxLength: 500 })
  @IsText()
  note: string;
}
