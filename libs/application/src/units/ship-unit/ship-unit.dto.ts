/** The old name, still imported by the containers' controller: delete once it imports ShipUnitRequest. */
export { ShipUnitRequest as ShipUnitDto } from './ship-unit.request';
