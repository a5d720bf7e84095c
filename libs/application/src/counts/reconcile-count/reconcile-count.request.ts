import { ApiProperty } from '@nestjs/swagger';
import { COUNT_CHOICES, CountChoices } from '@trace/domain';
import { IsIn } from 'class-validator';

export class ReconcileCountRequest implements CountChoices {
  @ApiProperty({ enum: COUNT_CHOICES.missing, description: '`mark-missing`: each missing unit becomes `missing` (UnitReportedMissing)' })
  @IsIn(COUNT_CHOICES.missing)
  missing: CountChoices['missing'];

  @ApiProperty({
    enum: COUNT_CHOICES.unexpected,
    description:
      "`move-here`: each unexpected unit is moved to the count's location (UnitMoved, reason cycle-count), or found there when it was missing (UnitFound)",
  })
  @IsIn(COUNT_CHOICES.unexpected)
  unexpected: CountChoices['unexpected'];

  @ApiProperty({ enum: COUNT_CHOICES.lots, description: "`adjust`: each lot's difference is adjusted at the count's location (LotAdjusted)" })
  @IsIn(COUNT_CHOICES.lots)
  lots: CountChoices['lots'];
}
