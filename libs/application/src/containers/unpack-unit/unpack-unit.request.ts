import { IntersectionType } from '@nestjs/swagger';
import { UnitParams } from '../../shared/validators';
import { ContainerParams } from '../container-params';

/** Path parameters: `/v1/containers/{containerId}/contents/{sku}/{serial}`. */
export class PackedUnitParams extends IntersectionType(ContainerParams, UnitParams) {}
