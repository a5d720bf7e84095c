import { ApiProperty, PickType } from '@nestjs/swagger';
import { KeyResponse } from '../list-keys/list-keys.response';

/** A key as it is listed, and its secret: the one answer that shows it. */
export class IssuedKeyResponse extends PickType(KeyResponse, ['keyId', 'name', 'roles', 'expiresAt'] as const) {
  @ApiProperty({ description: 'The secret: shown this once, only its hash is kept. Send it as `Authorization: Bearer <key>`', example: 'trk_…' })
  key: string;
}
