import { DomainEvent } from '@trace/domain';

const pump = (serial: string) => ({ sku: 'PUMP', serial });

/** A small supply chain: a lot, three pumps, one of them living a whole life. */
export const unitLife: DomainEvent[] = [
  { type: 'LotRegistered', data: { lotId: 'L1', sku: 'PUMP', producedAt: '2026-01-01T00:00:00.000Z', expiresAt: null, site: 'PLANT', quantity: 3 } },
  { type: 'SerialAssigned', data: { ...pump('1'), lotId: 'L1', location: 'WH-A' } },
  { type: 'SerialAssigned', data: { ...pump('2'), lotId: 'L1', location: 'WH-A' } },
  { type: 'SerialAssigned', data: { ...pump('3'), lotId: null, location: 'WH-B' } },
  { type: 'UnitMoved', data: { ...pump('1'), from: 'WH-A', to: 'WH-B', reason: null } },
  { type: 'UnitShipped', data: { ...pump('1'), from: 'WH-B', to: 'DC-EAST' } },
  { type: 'UnitReceived', data: { ...pump('1'), by: 'DC-EAST', location: 'DC-EAST/1' } },
  { type: 'UnitSold', data: { ...pump('1'), from: 'DC-EAST/1', customer: 'ACME', receipt: 'R1' } },
  { type: 'UnitReturned', data: { ...pump('1'), reason: 'leak', location: 'DC-EAST/RMA', customer: 'ACME', custodian: 'DC-EAST' } },
  { type: 'UnitRepaired', data: { ...pump('1'), description: 'seal', location: 'DC-EAST/RMA' } },
  { type: 'UnitScrapped', data: { ...pump('2'), reason: 'dropped', from: 'WH-A' } },
];
