import { Injectable } from '@nestjs/common';
import { containerDecider, ContainerState, containerStream, ExistingContainer, NEST_WALK_LIMIT, NotFound } from '@trace/domain';
import { mapLimited } from '@trace/shared';
import { Loaded, StreamCommands } from '../shared/stream-commands';
import { LoadedUnit, UnitLoader } from '../shared/unit-loader';

/** Streams read at once when loading a container's contents. */
export const READS_IN_FLIGHT = 16;

export type LoadedContainer = Loaded<ExistingContainer>;

/** Everything inside a container at any depth, as the event log has it now. */
export interface LoadedCargo {
  container: LoadedContainer;
  nested: LoadedContainer[];
  units: LoadedUnit[];
}

/** Reads containers, and what they hold, from the event log for commands that touch several streams. */
@Injectable()
export class ContainerLoader {
  constructor(
    private readonly commands: StreamCommands,
    private readonly units: UnitLoader,
  ) {}

  async load(containerId: string): Promise<LoadedContainer> {
    const stream = containerStream(containerId);
    const { state, history } = await this.commands.state<ContainerState>(stream, containerDecider);
    if (!state.exists) throw new NotFound(`container ${containerId} not found`);
    return { state, stream, expected: StreamCommands.expectedAfter(history) };
  }

  /** The containers `container` is packed in, nearest first. Beyond NEST_WALK_LIMIT a chain is corrupt. */
  async ancestors(container: ExistingContainer): Promise<ExistingContainer[]> {
    const chain: ExistingContainer[] = [];
    for (let parent = container.parent; parent; parent = chain[chain.length - 1].parent) {
      if (chain.length >= NEST_WALK_LIMIT) throw new Error(`container ${container.containerId} is nested deeper than ${NEST_WALK_LIMIT}`);
      chain.push((await this.load(parent)).state);
    }
    return chain;
  }

  /** The containers inside `container` at any depth, level by level (nearest first). */
  async nested(container: LoadedContainer): Promise<LoadedContainer[][]> {
    const levels: LoadedContainer[][] = [];
    for (let level = container.state.containers; level.length; level = levels[levels.length - 1].flatMap((loaded) => loaded.state.containers)) {
      if (levels.length >= NEST_WALK_LIMIT) throw new Error(`container ${container.state.containerId} holds containers deeper than ${NEST_WALK_LIMIT}`);
      levels.push(await mapLimited(level, READS_IN_FLIGHT, (child) => this.load(child)));
    }
    return levels;
  }

  async cargo(containerId: string): Promise<LoadedCargo> {
    const container = await this.load(containerId);
    const nested = (await this.nested(container)).flat();
    const unitRefs = [container, ...nested].flatMap((loaded) => loaded.state.units);
    const units = await mapLimited(unitRefs, READS_IN_FLIGHT, (unit) => this.units.load(unit));
    return { container, nested, units };
  }
}
