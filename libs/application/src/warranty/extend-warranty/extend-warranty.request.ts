import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsText } from '../../shared/validators';

export class ExtendWarrantyRequest {
  @ApiProperty({ minimum: 1, maximum: 600, example: 12, description: 'Calendar months added to its end' })
  @IsInt()
  @Min(1)
  @Max(600)
  months: number;

  @ApiProperty({ example: 'extended warranty sold with service plan SP-3' })
  @IsText()
  reason: string;
}
