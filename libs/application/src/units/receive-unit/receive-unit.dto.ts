/** The old name, still imported by the containers' controller: delete once it imports ReceiveUnitRequest. */
export { ReceiveUnitRequest as ReceiveUnitDto } from './receive-unit.request';
