import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role, ROLES } from '@trace/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsInstant, Optional } from '../../shared/validators';

export class IssueKeyRequest {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'scanner-7', description: 'Unique; the actor of everything the key records' })
  @IsIdentifier()
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['operator'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiPropertyOptional({ example: '2027-12-31T00:00:00Z', description: 'When the key stops working; never when left out' })
  @Optional()
  @IsInstant()
  expiresAt?: string;
}
