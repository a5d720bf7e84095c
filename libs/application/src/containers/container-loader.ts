import { Injectable } from '@nestjs/common';
import { containerDecider, ContainerState, containerStream, ExistingContainer, NotFound } from '@trace/domain';
import { mapLimited } from '@trace/shared';
import { Loaded, StreamCommands } from '../shared/stream-commands';
import { LoadedUnit, UnitLoader } from '../shared/unit-loader';

/** Far deeper than any real nesting (unit, case, pallet, container); a guard against a corrupted chain. */
const MAX_DEPTH = 16;
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

  /** The containers `container` is packed in, nearest first. */
  async ancestors(container: ExistingContainer): Promise<ExistingContainer[]> {
    const chain: ExistingContainer[] = [];
    for (let parent = container.parent; parent; parent = chain[chain.length - 1].parent) {
      if (chain.length >= MAX_DEPTH) throw new Error(`container ${container.containerId} is nested deeper than ${MAX_DEPTH}`);
      chain.push((await this.load(parent)).state);
    }
    return chain;
  }

  async cargo(containerId: string): Promise<LoadedCargo> {
    const container = await this.load(containerId);
    const nested: LoadedContainer[] = [];
    let level = [container];
    for (let depth = 0; level.length; depth++) {
      if (depth > MAX_DEPTH) throw new Error(`container ${containerId} is nested deeper than ${MAX_DEPTH}`);
      level = await mapLimited(
        level.flatMap((loaded) => loaded.state.containers),
        READS_IN_FLIGHT,
        (child) => this.load(child),
      );
      nested.push(...level);
    }
    const unitRefs = [container, ...nested].flatMap((loaded) => loaded.state.units);
    const units = await mapLimited(unitRefs, READS_IN_FLIGHT, (unit) => this.units.load(unit));
    return { container, nested, units };
  }
}
