import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto, Optional } from '../../shared/validators';

export class MoveContainerRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'WH-B', description: 'Location inside the company' })
  @IsIdentifier()
  to: string;

  @ApiPropertyOptional({ example: 'rebalance' })
  @Optional()
  @IsText()
  reason?: string;
}
