import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IsText, Optional } from '../../shared/validators';
import { RecallClosing } from './close-recall.command';

export class CloseRecallRequest implements RecallClosing {
  @ApiPropertyOptional({ default: false, description: 'Close although units are outstanding; they are released' })
  @Optional()
  @IsBoolean()
  force?: boolean;

  @ApiPropertyOptional({ example: 'remaining units confirmed destroyed by the distributor', description: 'Required when forcing' })
  @Optional()
  @IsText()
  reason?: string;
}
