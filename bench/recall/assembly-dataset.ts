import { decideInstall, DomainEvent, ExistingUnit, lotStream, unitDecider, UnitEvent, UnitState, unitStream } from '@trace/domain';
import { AppendRequest } from '@trace/event-store';
import { syntheticCommand, syntheticEnvelopes } from '../dataset/envelopes';
import { writeLog } from '../dataset/event-log';

/** Cells of one lot, built 5 to a module and 4 modules to a pack: a lot feeding `cells × 1.25` units. */
export interface AssemblyPlan {
  cells: number;
  cellsPerModule: number;
  modulesPerPack: number;
}

export const RECALLED_LOT = 'CELL-LOT-Y';
export const affectedUnits = (plan: AssemblyPlan): number =>
  plan.cells + plan.cells / plan.cellsPerModule + plan.cells / plan.cellsPerModule / plan.modulesPerPack;

interface Building {
  serial: string;
  sku: string;
  state: UnitState;
  events: UnitEvent[];
}

function record(unit: Building, events: UnitEvent[]): void {
  for (const event of events) unit.state = unitDecider.evolve(unit.state, event);
  unit.events.push(...events);
}

function assigned(sku: string, serial: string, lotId: string | null): Building {
  const unit: Building = { sku, serial, state: unitDecider.initialState(), events: [] };
  record(unit, [{ type: 'SerialAssigned', data: { sku, serial, lotId, location: `${sku}-LINE` } }]);
  return unit;
}

function install(parent: Building, component: Building): void {
  const decided = decideInstall({ parent: parent.state as ExistingUnit, component: component.state as ExistingUnit, ancestors: [] });
  record(component, decided.component);
  record(parent, decided.parent);
}

/** One pack at a time, decided with the domain's own assembly rules, as the API would have recorded them. */
function* packs(plan: AssemblyPlan): Generator<Building[]> {
  const packCount = plan.cells / plan.cellsPerModule / plan.modulesPerPack;
  for (let p = 0; p < packCount; p++) {
    const pack = assigned('PACK', `P-${p}`, null);
    const built: Building[] = [pack];
    for (let m = 0; m < plan.modulesPerPack; m++) {
      const module = assigned('MODULE', `M-${p}-${m}`, null);
      for (let c = 0; c < plan.cellsPerModule; c++) {
        const cell = assigned('CELL', `C-${p}-${m}-${c}`, RECALLED_LOT);
        install(module, cell);
        built.push(cell);
      }
      install(pack, module);
      built.push(module);
    }
    yield built;
  }
}

/** The assembly log in batches of about 5,000 streams: the recalled lot, then the packs one by one. */
function* assemblyAppends(plan: AssemblyPlan): Generator<AppendRequest[]> {
  const command = syntheticCommand('bench-assembly');
  const now = new Date().toISOString();
  const lot: DomainEvent = {
    type: 'LotRegistered',
    data: { lotId: RECALLED_LOT, sku: 'CELL', producedAt: null, expiresAt: null, site: null, quantity: plan.cells },
  };
  yield [{ stream: lotStream(RECALLED_LOT), events: syntheticEnvelopes([lot], command, now), expected: 'no_stream' }];
  let batch: AppendRequest[] = [];
  for (const units of packs(plan)) {
    for (const unit of units) batch.push({ stream: unitStream(unit), events: syntheticEnvelopes(unit.events, command, now), expected: 'no_stream' });
    if (batch.length >= 5_000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Writes the assembly log through SqliteEventStore.appendMany (the write path below HTTP). */
export const writeAssembly = (file: string, plan: AssemblyPlan): Promise<{ events: number }> =>
  writeLog(file, assemblyAppends(plan), { synchronous: 'NORMAL' });
