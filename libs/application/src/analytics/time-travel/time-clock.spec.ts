import { byClock, TimedEvent, whereaboutsAt } from './time-clock';

const unit = { sku: 'PUMP', serial: 'S1' };
let position = 0;
const event = (type: string, data: object, occurredAt: string, recordedAt = occurredAt): TimedEvent => {
  position++;
  return {
    type,
    data: { ...unit, ...data },
    occurredAt: `2026-03-0${occurredAt}:00:00.000Z`,
    recordedAt: `2026-03-0${recordedAt}:00:00.000Z`,
    position,
    revision: position - 1,
  };
};

describe('time clocks', () => {
  // Assigned on the 1st; moved to WH-B on the 3rd; shipped on the 4th. The move was scanned offline and
  // synced only on the 5th, after the shipment had been recorded.
  const assigned = event('SerialAssigned', { lotId: 'L1', location: 'WH-A' }, '1T08');
  const shipped = event('UnitShipped', { from: 'WH-B', to: 'DC' }, '4T08');
  const moved = event('UnitMoved', { from: 'WH-A', to: 'WH-B', reason: null }, '3T08', '5T08');
  const life = [assigned, shipped, moved];

  it('as it happened: selects by occurredAt and folds in the order things occurred', () => {
    expect(byClock(life, { asOf: '2026-03-04T12:00:00.000Z' }).map((e) => e.type)).toEqual(['SerialAssigned', 'UnitMoved', 'UnitShipped']);
    expect(whereaboutsAt(life, { asOf: '2026-03-03T12:00:00.000Z' })).toMatchObject({
      status: 'in_stock',
      location: 'WH-B',
      lastEventAt: moved.occurredAt,
      revision: 2,
    });
  });

  it('as we knew it then: only what was recorded by then, in recording order', () => {
    expect(whereaboutsAt(life, { knownAt: '2026-03-04T12:00:00.000Z' })).toMatchObject({ status: 'in_transit', location: null, destination: 'DC' });
    // On the 4th we believed it had been at WH-A on the 3rd: the move was not recorded yet.
    expect(whereaboutsAt(life, { asOf: '2026-03-03T12:00:00.000Z', knownAt: '2026-03-04T12:00:00.000Z' })).toMatchObject({ location: 'WH-A' });
    expect(whereaboutsAt(life, { asOf: '2026-03-03T12:00:00.000Z', knownAt: '2026-03-05T12:00:00.000Z' })).toMatchObject({ location: 'WH-B' });
  });

  it('breaks ties between events that occurred at the same instant by log position', () => {
    const first = event('SerialAssigned', { lotId: null, location: 'A' }, '6T08');
    const second = event('UnitMoved', { from: 'A', to: 'B', reason: null }, '6T08');
    expect(byClock([second, first], { asOf: '2026-03-06T08:00:00.000Z' })).toEqual([first, second]);
    expect(whereaboutsAt([second, first], { asOf: '2026-03-06T08:00:00.000Z' })).toMatchObject({ location: 'B' });
  });

  it('answers null before the unit existed, and ignores events that move nothing', () => {
    expect(whereaboutsAt(life, { asOf: '2026-02-28T00:00:00.000Z' })).toBeNull();
    const consumed = event('LotConsumed', { lotId: 'L9', quantity: 1 }, '2T08');
    expect(whereaboutsAt([assigned, consumed], { asOf: '2026-03-02T12:00:00.000Z' })).toMatchObject({ revision: 0, lastEventAt: assigned.occurredAt });
  });
});
