import { ApiProperty } from '@nestjs/swagger';
import { Role, ROLES } from '@trace/domain';

export class IssuedKeyResponse {
  @ApiProperty({ example: 'key_3kTqY0f7aPZx' })
  keyId: string;

  @ApiProperty({ example: 'scanner-7' })
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['operator'] })
  roles: Role[];

  @ApiProperty({ type: String, nullable: true, example: '2027-12-31T00:00:00.000Z' })
  expiresAt: string | null;

  @ApiProperty({ description: 'The secret: shown this once, only its hash is kept. Send it as `Authorization: Bearer <key>`', example: 'trk_…' })
  key: string;
}
