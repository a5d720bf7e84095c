import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsPositive } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';

/** Material taken from a lot into the unit, and when. */
export class ConsumeLotRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'GLUE-2026-11' })
  @IsIdentifier()
  lotId: string;

  @ApiProperty({ example: 0.25, description: 'Amount taken from the lot, in the lot’s unit of measure' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  quantity: number;
}
