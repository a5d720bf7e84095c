import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsText } from '../../shared/validators';

export class CloseRecallDto {
  @ApiPropertyOptional({ default: false, description: 'Close although units are outstanding; they are released' })
  @IsOptional()
  @IsBoolean()
  force?: boolean;

  @ApiPropertyOptional({ example: 'remaining units confirmed destroyed by the distributor', description: 'Required when forcing' })
  @IsOptional()
  @IsText()
  reason?: string;
}
