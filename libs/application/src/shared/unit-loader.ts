import { Injectable } from '@nestjs/common';
import { ExistingUnit, NotFound, unitDecider, UnitRef, UnitState, unitStream } from '@trace/domain';
import { parentChain } from './parent-chain';
import { Loaded, StreamCommands } from './stream-commands';

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
    const loaded = new Map<ExistingUnit, LoadedUnit>();
    const chain = await parentChain(unit, async (parent) => {
      const one = await this.load(parent);
      loaded.set(one.state, one);
      return one.state;
    });
    return chain.map((state) => loaded.get(state) as LoadedUnit);
  }
}
