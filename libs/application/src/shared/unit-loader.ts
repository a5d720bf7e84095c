import { Injectable } from '@nestjs/common';
import { ExistingUnit, NotFound, unitDecider, UnitRef, UnitState, unitStream } from '@trace/domain';
import { Loaded, StreamCommands } from './stream-commands';

/** Far deeper than any real assembly; a guard against a corrupted parent chain. */
const MAX_DEPTH = 64;

export type LoadedUnit = Loaded<ExistingUnit>;

/** Reads units from the event log for commands that touch several of them. */
@Injectable()
export class UnitLoader {
  constructor(private readonly commands: StreamCommands) {}

  async load(unit: UnitRef): Promise<LoadedUnit> {
    const stream = unitStream(unit);
    const { state, history } = await this.commands.state<UnitState>(stream, unitDecider);
    if (!state.exists) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
    return { state, stream, expected: StreamCommands.expectedAfter(history) };
  }

  /** The units `unit` is built into, nearest first. */
  async ancestors(unit: ExistingUnit): Promise<LoadedUnit[]> {
    const chain: LoadedUnit[] = [];
    for (let parent = unit.parent; parent; parent = chain[chain.length - 1].state.parent) {
      if (chain.length >= MAX_DEPTH) throw new Error(`parent chain of ${unit.sku}/${unit.serial} is deeper than ${MAX_DEPTH}`);
      chain.push(await this.load(parent));
    }
    return chain;
  }
}
