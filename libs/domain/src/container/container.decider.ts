import { Decider } from '../shared/decider';
import { AlreadyExists } from '../shared/errors';
import { ContainerEvent } from './container.events';
import { ContainerState, evolveContainer } from './container.state';

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
