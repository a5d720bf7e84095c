import { AssemblyEvents, decideInstall, decideRemove } from '../genealogy/assembly';
import { LineageEntry } from '../genealogy/lineage';
import { fold } from '../shared/decider';
import { unitDecider } from '../unit/unit.decider';
import { UnitLifecycleCommand } from '../unit/unit.commands';
import { UnitEvent } from '../unit/unit.events';
import { ExistingUnit } from '../unit/unit.state';

/** A tiny in-memory workshop: units as event lists, assembly changes applied to all units they touch. */
export class Workshop {
  /** Every event in the order it was recorded, as a log would hold it. */
  readonly log: UnitEvent[] = [];
  private readonly streams = new Map<string, UnitEvent[]>();

  unit(serial: string, lotId: string | null = null): this {
    this.streams.set(serial, []);
    this.append(serial, [{ type: 'SerialAssigned', data: { sku: 'P', serial, lotId, location: 'LINE' } }]);
    return this;
  }

  state(serial: string): ExistingUnit {
    return fold(unitDecider, this.streams.get(serial) ?? []) as ExistingUnit;
  }

  append(serial: string, events: UnitEvent[]): void {
    this.streams.get(serial)?.push(...events);
    this.log.push(...events);
  }

  /** A lifecycle command decided by the unit decider on the unit's history, as a handler would. */
  act(serial: string, command: UnitLifecycleCommand): this {
    this.append(serial, unitDecider.decide(command, this.state(serial)));
    return this;
  }

  scope(parent: string, component: string) {
    const ancestors: ExistingUnit[] = [];
    for (let up = this.state(parent).parent; up; up = this.state(up.serial).parent) ancestors.push(this.state(up.serial));
    return { parent: this.state(parent), component: this.state(component), ancestors };
  }

  private apply(scope: ReturnType<Workshop['scope']>, events: AssemblyEvents): void {
    this.append(scope.parent.serial, events.parent);
    this.append(scope.component.serial, events.component);
    scope.ancestors.forEach((ancestor, i) => this.append(ancestor.serial, events.ancestors[i]));
  }

  install(parent: string, component: string): this {
    const scope = this.scope(parent, component);
    this.apply(scope, decideInstall(scope));
    return this;
  }

  remove(parent: string, component: string): this {
    const scope = this.scope(parent, component);
    this.apply(scope, decideRemove(scope));
    return this;
  }

  /** Origin → paths (as serial chains) of a unit's lineage. */
  lineage(serial: string): string[] {
    return this.state(serial)
      .lineage.map((e: LineageEntry) => `${e.origin} ${e.path.map((u) => u.serial).join('>')}`)
      .sort();
  }
}
