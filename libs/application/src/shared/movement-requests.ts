import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoveUnit, ReceiveUnit, ShipUnit } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto, Optional } from './validators';

// The bodies of moves, shipments and receipts: the same for a unit and for a container (with all it holds).

export class MoveRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'WH-B', description: 'Location inside the company' })
  @IsIdentifier()
  to: string;

  @ApiPropertyOptional({ example: 'rebalance' })
  @Optional()
  @IsText()
  reason?: string;

  toCommand(): MoveUnit {
    return { type: 'MoveUnit', to: this.to, reason: this.reason };
  }
}

export class ShipRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST', description: 'Receiving party' })
  @IsIdentifier()
  to: string;

  toCommand(): ShipUnit {
    return { type: 'ShipUnit', to: this.to, occurredAt: this.occurredAt };
  }
}

export class ReceiveRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST', description: 'Party that received it' })
  @IsIdentifier()
  by: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST/BAY-1' })
  @IsIdentifier()
  location: string;

  toCommand(): ReceiveUnit {
    return { type: 'ReceiveUnit', by: this.by, location: this.location };
  }
}
