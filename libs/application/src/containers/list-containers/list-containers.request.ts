import { ApiPropertyOptional } from '@nestjs/swagger';
import { CONTAINER_STATUSES, ContainerStatus } from '@trace/domain';
import { IsIn } from 'class-validator';
import { PageParams } from '../../shared/paging';
import { IDENTIFIER_SCHEMA, IsIdentifier, Optional } from '../../shared/validators';

export class ListContainersRequest extends PageParams {
  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'WH-A' })
  @Optional()
  @IsIdentifier()
  location?: string;

  @ApiPropertyOptional({ enum: CONTAINER_STATUSES })
  @Optional()
  @IsIn(CONTAINER_STATUSES)
  status?: ContainerStatus;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'CARRIER-DHL' })
  @Optional()
  @IsIdentifier()
  custodian?: string;
}
