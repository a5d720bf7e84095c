/** The old name, still imported by the containers' controller: delete once it imports MoveUnitRequest. */
export { MoveUnitRequest as MoveUnitDto } from './move-unit.request';
