import { sameUnit, unitToken } from '../genealogy/lineage';
import { UnitRef } from '../shared/identifiers';
import { ContainerEvent } from './container.events';

export const CONTAINER_STATUSES = ['in_stock', 'in_transit'] as const;
export type ContainerStatus = (typeof CONTAINER_STATUSES)[number];

export interface ExistingContainer {
  exists: true;
  containerId: string;
  status: ContainerStatus;
  /** Null while with a carrier. */
  location: string | null;
  /** The party holding the container; null means the owning company itself. */
  custodian: string | null;
  /** Party it was shipped to, while in transit. */
  destination: string | null;
  /** The container this one is packed in, if any. */
  parent: string | null;
  units: UnitRef[];
  containers: string[];
}

export type ContainerState = { exists: false } | ExistingContainer;

const withoutUnits = (units: UnitRef[], removed: UnitRef[]) => {
  const gone = new Set(removed.map(unitToken));
  return units.filter((unit) => !gone.has(unitToken(unit)));
};

export const holdsUnit = (container: ExistingContainer, unit: UnitRef): boolean => container.units.some((packed) => sameUnit(packed, unit));

function evolveExisting(container: ExistingContainer, event: ContainerEvent): ExistingContainer {
  switch (event.type) {
    case 'ContainerCreated':
      return container;
    case 'ContentsPacked':
      return { ...container, units: [...container.units, ...event.data.units], containers: [...container.containers, ...event.data.containers] };
    case 'ContentsUnpacked':
      return {
        ...container,
        units: withoutUnits(container.units, event.data.units),
        containers: container.containers.filter((child) => !event.data.containers.includes(child)),
      };
    case 'ContainerPacked':
      return { ...container, parent: event.data.into };
    case 'ContainerUnpacked':
      return { ...container, parent: null };
    case 'ContainerMoved':
      return { ...container, location: event.data.to };
    case 'ContainerShipped':
      return { ...container, status: 'in_transit', location: null, destination: event.data.to };
    case 'ContainerReceived':
      return { ...container, status: 'in_stock', location: event.data.location, custodian: event.data.by, destination: null };
    case 'ContainerObserved':
      return container;
  }
}

export function evolveContainer(state: ContainerState, event: ContainerEvent): ContainerState {
  if (state.exists) return evolveExisting(state, event);
  if (event.type !== 'ContainerCreated') return state;
  const { containerId, location } = event.data;
  return { exists: true, containerId, status: 'in_stock', location, custodian: null, destination: null, parent: null, units: [], containers: [] };
}
