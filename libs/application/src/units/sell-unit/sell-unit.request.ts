import { ApiProperty } from '@nestjs/swagger';
import { SellUnit } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';
import { UnitChange } from '../change-unit/unit-change';

export class SellUnitRequest extends OccurredAtDto implements UnitChange {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'ACME-CORP' })
  @IsIdentifier()
  customer: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'INV-2026-0042', description: 'Receipt or order reference' })
  @IsIdentifier()
  receipt: string;

  toCommand(): SellUnit {
    return { type: 'SellUnit', customer: this.customer, receipt: this.receipt, occurredAt: this.occurredAt };
  }
}
