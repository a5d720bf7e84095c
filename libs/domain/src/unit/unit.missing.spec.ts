import { decidePack } from '../container/packing';
import { containerDecider } from '../container/container.decider';
import { ExistingContainer } from '../container/container.state';
import { decideInstall, decideRemove } from '../genealogy/assembly';
import { fold } from '../shared/decider';
import { RuleViolation } from '../shared/errors';
import { given } from '../testing/given-when-then';
import { Workshop } from '../testing/workshop';
import { UnitLifecycleCommand } from './unit.commands';
import { unitDecider } from './unit.decider';
import { UnitEvent } from './unit.events';
import { decideEvidence } from './unit.evidence';
import { ExistingUnit } from './unit.state';

const id = { sku: 'PUMP', serial: 'SN-1' };
const assigned: UnitEvent = { type: 'SerialAssigned', data: { ...id, lotId: 'L1', location: 'WH-A' } };
const moved: UnitEvent = { type: 'UnitMoved', data: { ...id, from: 'WH-A', to: 'WH-B', reason: null } };
const shipped: UnitEvent = { type: 'UnitShipped', data: { ...id, from: 'WH-A', to: 'DC-EAST' } };
const received: UnitEvent = { type: 'UnitReceived', data: { ...id, by: 'DC-EAST', location: 'DC-EAST/BAY-1' } };
const sold: UnitEvent = { type: 'UnitSold', data: { ...id, from: 'WH-A', customer: 'ACME', receipt: 'R-1' } };
const returned: UnitEvent = { type: 'UnitReturned', data: { ...id, reason: 'faulty', location: 'DC-EAST/RMA', customer: 'ACME', custodian: null } };
const scrapped: UnitEvent = { type: 'UnitScrapped', data: { ...id, reason: 'broken', from: 'WH-A' } };
const reported: UnitEvent = { type: 'UnitReportedMissing', data: { ...id, countId: 'C1', location: 'WH-A' } };
const missing = [assigned, reported];

const state = (events: UnitEvent[]) => fold(unitDecider, events) as ExistingUnit;
const refusal = {
  rule: 'missing-until-found',
  message: 'unit PUMP/SN-1 is missing since count C1: only being found (a sighting, a count, a receipt) or scrapping is accepted',
};

describe('missing units', () => {
  describe('reporting a unit missing', () => {
    it('reports missing a unit in stock where the count looked for it', () => {
      given(unitDecider, [assigned]).when({ type: 'ReportUnitMissing', countId: 'C1', location: 'WH-A' }).then([reported]);
    });

    it('reports missing a returned unit, and one held by a recall (a fact is a fact)', () => {
      given(unitDecider, [assigned, sold, returned])
        .when({ type: 'ReportUnitMissing', countId: 'C1', location: 'DC-EAST/RMA' })
        .then([{ type: 'UnitReportedMissing', data: { ...id, countId: 'C1', location: 'DC-EAST/RMA' } }]);
      const holder = { status: 'in_stock', location: 'WH-A', custodian: null, customer: null, destination: null, container: null, top: null };
      const held: UnitEvent = { type: 'UnitQuarantined', data: { ...id, recallId: 'R1', recalledAt: '2026-05-01T00:00:00Z', origin: 'lot:L1', holder } };
      given(unitDecider, [assigned, held]).when({ type: 'ReportUnitMissing', countId: 'C1', location: 'WH-A' }).then([reported]);
    });

    it('refuses a unit the record no longer places there: moved, sold, shipped or scrapped since the count', () => {
      const report: UnitLifecycleCommand = { type: 'ReportUnitMissing', countId: 'C1', location: 'WH-A' };
      given(unitDecider, [assigned, moved]).when(report).thenThrows(RuleViolation, {
        rule: 'moved-since-count',
        message: 'unit PUMP/SN-1 is in_stock at WH-B, not in stock at WH-A where count C1 looked for it: it is not missing',
      });
      given(unitDecider, [assigned, sold]).when(report).thenThrows(RuleViolation, {
        rule: 'moved-since-count',
        message: 'unit PUMP/SN-1 is sold, not in stock at WH-A where count C1 looked for it: it is not missing',
      });
      for (const since of [shipped, scrapped]) given(unitDecider, [assigned, since]).when(report).thenThrows(RuleViolation, { rule: 'moved-since-count' });
    });

    it('refuses a packed unit (unpack it first) and a unit built into another', () => {
      const report: UnitLifecycleCommand = { type: 'ReportUnitMissing', countId: 'C1', location: 'WH-A' };
      given(unitDecider, [assigned, { type: 'UnitPacked', data: { ...id, container: 'CASE-1' } }])
        .when(report)
        .thenThrows(RuleViolation, {
          rule: 'packed-unit-moves-with-container',
          message: 'unit PUMP/SN-1 is packed in container CASE-1: unpack it before it can be reported missing',
        });
      given(unitDecider, [assigned, { type: 'UnitInstalled', data: { ...id, parent: { sku: 'CAR', serial: 'V1' }, from: 'WH-A' } }])
        .when(report)
        .thenThrows(RuleViolation, { rule: 'installed-unit-moves-with-parent' });
    });

    it('refuses a unit already missing', () => {
      given(unitDecider, missing).when({ type: 'ReportUnitMissing', countId: 'C2', location: 'WH-A' }).thenThrows(RuleViolation, refusal);
    });

    it('marks an assembly reported missing as carrying what is built into it', () => {
      const w = new Workshop().unit('cell').unit('pack').install('pack', 'cell').act('pack', { type: 'ReportUnitMissing', countId: 'C1', location: 'LINE' });
      expect(w.log[w.log.length - 1]).toEqual({
        type: 'UnitReportedMissing',
        data: { sku: 'P', serial: 'pack', countId: 'C1', location: 'LINE', withComponents: true },
      });
    });

    it('leaves the unit missing, nowhere, still held by whoever held it', () => {
      const unit = state([assigned, shipped, received, { type: 'UnitReportedMissing', data: { ...id, countId: 'C1', location: 'DC-EAST/BAY-1' } }]);
      expect([unit.status, unit.location, unit.custodian, unit.missingSince]).toEqual(['missing', null, 'DC-EAST', 'C1']);
    });
  });

  describe('missing-until-found', () => {
    it.each<[string, UnitLifecycleCommand]>([
      ['moved', { type: 'MoveUnit', to: 'WH-B' }],
      ['moved by a count', { type: 'MoveUnit', to: 'WH-B', reason: 'cycle-count', countId: 'C2' }],
      ['shipped', { type: 'ShipUnit', to: 'DC-EAST' }],
      ['sold', { type: 'SellUnit', customer: 'ACME', receipt: 'R-1' }],
      ['returned', { type: 'ReturnUnit', reason: 'faulty', location: 'RMA' }],
      ['repaired', { type: 'RepairUnit', description: 'seal' }],
      ['built with more material', { type: 'ConsumeLot', lot: { lotId: 'GLUE-1', sku: 'GLUE' }, quantity: 1 }],
    ])('refuses a missing unit being %s', (_, command) => {
      given(unitDecider, missing).when(command).thenThrows(RuleViolation, refusal);
    });

    it('scraps a missing unit, from nowhere', () => {
      given(unitDecider, missing)
        .when({ type: 'ScrapUnit', reason: 'written off after count C1' })
        .then([{ type: 'UnitScrapped', data: { ...id, reason: 'written off after count C1', from: null } }]);
      expect(state([...missing, { type: 'UnitScrapped', data: { ...id, reason: 'lost', from: null } }]).missingSince).toBeNull();
    });

    it('still holds a missing unit for a recall, nowhere, and resolves it', () => {
      const quarantine: UnitLifecycleCommand = { type: 'QuarantineUnit', recallId: 'R1', recalledAt: '2026-05-01T00:00:00Z', origin: 'lot:L1' };
      const holder = { status: 'missing', location: null, custodian: null, customer: null, destination: null, container: null, top: null };
      const held: UnitEvent = { type: 'UnitQuarantined', data: { ...id, recallId: 'R1', recalledAt: '2026-05-01T00:00:00Z', origin: 'lot:L1', holder } };
      given(unitDecider, missing).when(quarantine).then([held]);
      given(unitDecider, [...missing, held])
        .when({ type: 'ResolveRecall', recallId: 'R1', action: 'destroyed' })
        .then([{ type: 'UnitRecallResolved', data: { ...id, recallId: 'R1', action: 'destroyed', note: null } }]);
    });

    it('still records verifications of a missing unit, finding nothing', () => {
      expect(decideEvidence({ type: 'VerifyUnit', verified: true, reason: null, additionalInfo: [] }, state(missing))).toEqual([
        { type: 'UnitVerified', data: { ...id, verified: true, reason: null, additionalInfo: [] } },
      ]);
    });

    it('packs no missing unit', () => {
      const container = fold(containerDecider, [{ type: 'ContainerCreated', data: { containerId: 'CASE-1', location: 'WH-A' } }]) as ExistingContainer;
      expect(() => decidePack({ container, ancestors: [], units: [state(missing)], containers: [], levelsBelow: new Map() })).toThrow(
        expect.objectContaining(refusal),
      );
    });

    it('builds nothing into or out of a missing assembly, nor a missing unit into anything, nor material into a missing assembly', () => {
      const lose = (w: Workshop, serial: string) => w.act(serial, { type: 'ReportUnitMissing', countId: 'C1', location: 'LINE' });
      const rule = expect.objectContaining({ rule: 'missing-until-found' });
      const intoMissing = lose(new Workshop().unit('cell').unit('pack'), 'pack');
      expect(() => decideInstall(intoMissing.scope('pack', 'cell'))).toThrow(rule);
      const missingInto = lose(new Workshop().unit('cell').unit('pack'), 'cell');
      expect(() => decideInstall(missingInto.scope('pack', 'cell'))).toThrow(rule);
      const deep = lose(new Workshop().unit('cell').unit('module').unit('pack').install('pack', 'module'), 'pack');
      expect(() => decideInstall(deep.scope('module', 'cell'))).toThrow(rule);
      const built = lose(new Workshop().unit('cell').unit('pack').install('pack', 'cell'), 'pack');
      expect(() => decideRemove(built.scope('pack', 'cell'))).toThrow(rule);
      const within = [built.state('pack')];
      expect(() => built.act('cell', { type: 'ConsumeLot', lot: { lotId: 'GLUE-1', sku: 'GLUE' }, quantity: 1, within })).toThrow(rule);
    });
  });

  describe('finding a missing unit', () => {
    it('finds it by a count, in stock where counted, with whoever held it', () => {
      const found: UnitEvent = { type: 'UnitFound', data: { ...id, location: 'WH-C', countId: 'C2', how: 'count' } };
      given(unitDecider, missing).when({ type: 'FindUnit', location: 'WH-C', countId: 'C2', how: 'count' }).then([found]);
      const unit = state([assigned, shipped, received, reported, found]);
      expect([unit.status, unit.location, unit.custodian, unit.missingSince]).toEqual(['in_stock', 'WH-C', 'DC-EAST', null]);
    });

    it('finds it by a receipt, which needs no shipment, held by the receiving party', () => {
      const found: UnitEvent = { type: 'UnitFound', data: { ...id, location: 'DC-WEST/IN', countId: null, how: 'receipt', by: 'DC-WEST' } };
      given(unitDecider, missing).when({ type: 'ReceiveUnit', by: 'DC-WEST', location: 'DC-WEST/IN' }).then([found]);
      given(unitDecider, missing).when({ type: 'FindUnit', location: 'DC-WEST/IN', countId: null, how: 'receipt', by: 'DC-WEST' }).then([found]);
      const unit = state([...missing, found]);
      expect([unit.status, unit.location, unit.custodian]).toEqual(['in_stock', 'DC-WEST/IN', 'DC-WEST']);
    });

    it('finds it by a sighting, where seen, before recording the sighting', () => {
      const seenAt = '2026-06-01T10:00:00Z';
      expect(
        decideEvidence({ type: 'ObserveUnit', location: 'WH-C', party: null, occurredAt: seenAt, warnings: [], travelMinutes: 60 }, state(missing)),
      ).toEqual([
        { type: 'UnitFound', data: { ...id, location: 'WH-C', countId: null, how: 'sighting' } },
        { type: 'UnitObserved', data: { ...id, location: 'WH-C', party: null, seenAt, warnings: [] } },
      ]);
    });

    it('finds an assembly with what is built into it', () => {
      const w = new Workshop()
        .unit('cell')
        .unit('pack')
        .install('pack', 'cell')
        .act('pack', { type: 'ReportUnitMissing', countId: 'C1', location: 'LINE' })
        .act('pack', { type: 'FindUnit', location: 'LINE/2', countId: 'C2', how: 'count' });
      expect(w.log[w.log.length - 1]).toEqual({
        type: 'UnitFound',
        data: { sku: 'P', serial: 'pack', location: 'LINE/2', countId: 'C2', how: 'count', withComponents: true },
      });
    });

    it('finds only a missing unit', () => {
      given(unitDecider, [assigned])
        .when({ type: 'FindUnit', location: 'WH-A', countId: 'C1', how: 'count' })
        .thenThrows(RuleViolation, { rule: 'not-missing', message: 'unit PUMP/SN-1 is in_stock, not missing: only a missing unit can be found' });
      given(unitDecider, [assigned, sold])
        .when({ type: 'FindUnit', location: 'WH-A', countId: null, how: 'sighting' })
        .thenThrows(RuleViolation, { rule: 'not-missing' });
      given(unitDecider, [assigned, { type: 'UnitPacked', data: { ...id, container: 'CASE-1' } }])
        .when({ type: 'FindUnit', location: 'WH-A', countId: 'C1', how: 'count' })
        .thenThrows(RuleViolation, { rule: 'not-missing' });
    });

    it('accepts everything again once found', () => {
      given(unitDecider, [...missing, { type: 'UnitFound', data: { ...id, location: 'WH-C', countId: 'C2', how: 'count' } }])
        .when({ type: 'SellUnit', customer: 'ACME', receipt: 'R-9' })
        .then([{ type: 'UnitSold', data: { ...id, from: 'WH-C', customer: 'ACME', receipt: 'R-9' } }]);
    });
  });

  describe('moves by a count', () => {
    it('names the count that moved the unit', () => {
      given(unitDecider, [assigned])
        .when({ type: 'MoveUnit', to: 'WH-C', reason: 'cycle-count', countId: 'C1' })
        .then([{ type: 'UnitMoved', data: { ...id, from: 'WH-A', to: 'WH-C', reason: 'cycle-count', countId: 'C1' } }]);
    });

    it('keeps the shape of other moves', () => {
      expect(unitDecider.decide({ type: 'MoveUnit', to: 'WH-C' }, state([assigned]))).toStrictEqual([
        { type: 'UnitMoved', data: { ...id, from: 'WH-A', to: 'WH-C', reason: null } },
      ]);
    });
  });
});
