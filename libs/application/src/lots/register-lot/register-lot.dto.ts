import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsPositive, IsNumber } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier } from '../../shared/validators';

export class RegisterLotDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'LOT-2026-11-A' })
  @IsIdentifier()
  lotId: string;

  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  sku: string;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  producedAt?: string;

  @ApiPropertyOptional({ example: '2028-11-01' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  expiresAt?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'PLANT-1' })
  @IsOptional()
  @IsIdentifier()
  site?: string;

  @ApiPropertyOptional({ example: 500, description: 'Planned or produced quantity' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  quantity?: number;
}
