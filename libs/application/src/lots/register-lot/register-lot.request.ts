import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsPositive } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsInstant, Optional } from '../../shared/validators';

export class RegisterLotRequest {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'LOT-2026-11-A' })
  @IsIdentifier()
  lotId: string;

  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  sku: string;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @Optional()
  @IsInstant()
  producedAt?: string;

  @ApiPropertyOptional({ example: '2028-11-01' })
  @Optional()
  @IsInstant()
  expiresAt?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'PLANT-1' })
  @Optional()
  @IsIdentifier()
  site?: string;

  @ApiPropertyOptional({ example: 500, description: 'Planned or produced quantity' })
  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  quantity?: number;
}
