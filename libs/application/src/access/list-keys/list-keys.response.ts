import { ApiProperty } from '@nestjs/swagger';
import { Role, ROLES } from '@trace/domain';

/** A key as anyone may see it: never its secret, nor the secret's hash. */
export class KeyResponse {
  @ApiProperty({ example: 'key_3kTqY0f7aPZx' })
  keyId: string;

  @ApiProperty({ example: 'scanner-7' })
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['operator'] })
  roles: Role[];

  @ApiProperty({ description: 'When it was issued' })
  issuedAt: string;

  @ApiProperty({ type: String, nullable: true })
  expiresAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'When it was revoked; null while it was not' })
  revokedAt: string | null;

  @ApiProperty({ enum: ['active', 'expired', 'revoked'] })
  state: 'active' | 'expired' | 'revoked';
}

export class KeysResponse {
  @ApiProperty({ type: [KeyResponse], description: 'Every key issued, oldest first' })
  items: KeyResponse[];
}
