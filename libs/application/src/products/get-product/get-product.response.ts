import { ApiProperty } from '@nestjs/swagger';
import { WARRANTY_BASES } from '@trace/domain';
import { nullableRef } from '../../shared/responses';

export class WarrantyTermsResponse {
  @ApiProperty({ example: 24 })
  months: number;

  @ApiProperty({ enum: WARRANTY_BASES })
  startsAt: string;
}

export class ProductResponse {
  @ApiProperty({ example: 'PUMP-200' })
  sku: string;

  @ApiProperty({ example: 'Pump 200, stainless' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: '09506000134352', description: '14 digits' })
  gtin: string | null;

  @ApiProperty({ example: 'EA' })
  uom: string;

  @ApiProperty({ type: Number, nullable: true, example: 7, description: 'Digits of the GTIN that are the GS1 company prefix; null when not declared' })
  gs1CompanyPrefixLength: number | null;

  @ApiProperty({ description: 'When the product was registered' })
  registeredAt: string;

  @ApiProperty({ ...nullableRef(WarrantyTermsResponse), description: "Its units' warranty terms; null without" })
  warranty: WarrantyTermsResponse | null;
}
