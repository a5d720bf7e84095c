import { Decider } from '../shared/decider';
import { AlreadyExists } from '../shared/errors';
import { ContainerEvent } from './container.events';
import { ContainerState, evolveContainer, ExistingContainer } from './container.state';

export interface CreateContainer {
  type: 'CreateContainer';
  containerId: string;
  location: string;
}

/** Only creation is decided on the container alone; packing and moves span its contents (packing.ts, cargo.ts). */
export const containerDecider: Decider<CreateContainer, ContainerEvent, ContainerState> = {
  initialState: () => ({ exists: false }),
  evolve: evolveContainer,
  decide(command, state) {
    if (state.exists) throw new AlreadyExists(`container ${command.containerId} already exists`);
    return [{ type: 'ContainerCreated', data: { containerId: command.containerId, location: command.location } }];
  },
};

/** A sighting of the container: recorded whatever its state, as evidence; it moves nothing. */
export const observeContainer = (
  container: ExistingContainer,
  seen: { location: string; party: string | null; occurredAt: string; warnings: string[] },
): ContainerEvent[] => [
  {
    type: 'ContainerObserved',
    data: { containerId: container.containerId, location: seen.location, party: seen.party, seenAt: seen.occurredAt, warnings: seen.warnings },
  },
];
