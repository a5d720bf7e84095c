import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IsText } from '../../shared/validators';

export class DecideClaimRequest {
  @ApiProperty()
  @IsBoolean()
  approved: boolean;

  @ApiProperty({ example: 'motor fault confirmed by the workshop' })
  @IsText()
  reason: string;
}
