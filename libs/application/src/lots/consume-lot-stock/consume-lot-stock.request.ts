import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto, Optional, UnitRefRequest } from '../../shared/validators';
import { IsQuantity, QUANTITY_SCHEMA } from '../change-lot/quantity-validators';

/** Stock of the lot consumed into another lot (a production) or into a serialised unit: exactly one of the two. */
export class ConsumeLotStockRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'BAKERY-1', description: 'Location of the stock it is taken from' })
  @IsIdentifier()
  from: string;

  @ApiProperty(QUANTITY_SCHEMA)
  @IsQuantity()
  quantity: number;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'DOUGH-2026-11-03', description: 'The lot made from it' })
  @Optional()
  @IsIdentifier()
  intoLot?: string;

  @ApiPropertyOptional({ type: UnitRefRequest, description: 'The unit it went into' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => UnitRefRequest)
  intoUnit?: UnitRefRequest;
}
