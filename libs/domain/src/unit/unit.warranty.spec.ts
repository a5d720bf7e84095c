import { fold } from '../shared/decider';
import { InvalidInput, NotFound, RuleViolation } from '../shared/errors';
import { unitDecider } from './unit.decider';
import { UnitEvent, WarrantyTerms } from './unit.events';
import { ExistingUnit } from './unit.state';
import { addMonths, decideWarranty, WarrantyCommand, warrantyStatus } from './unit.warranty';

const unit = { sku: 'PUMP', serial: '1' };
const SALE: WarrantyTerms = { months: 24, startsAt: 'sale' };
const assigned: UnitEvent = { type: 'SerialAssigned', data: { ...unit, lotId: 'L1', location: 'WH-A' } };

/** The unit after `events`, each decided by the unit decider on the state before it (a valid history). */
function after(events: UnitEvent[]): ExistingUnit {
  return fold(unitDecider, events) as ExistingUnit;
}
const sell = (history: UnitEvent[], occurredAt: string) =>
  unitDecider.decide({ type: 'SellUnit', customer: 'ACME', receipt: 'R', occurredAt, warranty: SALE }, after(history));
const sold = (at = '2026-03-31T09:00:00.000Z') => [assigned, ...sell([assigned], at)];
const decided = (history: UnitEvent[], command: WarrantyCommand) => decideWarranty(command, after(history));
const refusal = (history: UnitEvent[], command: WarrantyCommand): unknown => {
  try {
    decided(history, command);
  } catch (error) {
    return error;
  }
  throw new Error('accepted');
};
const file = (extra: Partial<Extract<WarrantyCommand, { type: 'FileClaim' }>> = {}): WarrantyCommand => ({
  type: 'FileClaim',
  claimId: 'WC-1',
  customer: 'ACME',
  problem: 'noisy',
  occurredAt: '2026-06-01T00:00:00.000Z',
  ...extra,
});

describe('warranty dates', () => {
  it('adds calendar months, a start on the 31st ending on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths('2024-01-31T10:00:00.000Z', 1)).toBe('2024-02-29T10:00:00.000Z');
    expect(addMonths('2026-03-31T09:00:00.000Z', 24)).toBe('2028-03-31T09:00:00.000Z');
    expect(addMonths('2026-12-15T00:00:00.000Z', 14)).toBe('2028-02-15T00:00:00.000Z');
  });

  it('starts at the first sale for terms from the sale, not at a sale after a return, and not without terms', () => {
    const events = sell([assigned], '2026-03-31T09:00:00.000Z');
    expect(events.map((event) => event.type)).toEqual(['UnitSold', 'WarrantyStarted']);
    expect(events[1].data).toEqual({ ...unit, basis: 'sale', months: 24, startsAt: '2026-03-31T09:00:00.000Z', endsAt: '2028-03-31T09:00:00.000Z' });
    const returned: UnitEvent = { type: 'UnitReturned', data: { ...unit, reason: 'x', location: 'WH-A', customer: 'ACME', custodian: null } };
    expect(sell([...sold(), returned], '2027-01-01T00:00:00.000Z').map((event) => event.type)).toEqual(['UnitSold']);
    const withoutTerms = unitDecider.decide({ type: 'SellUnit', customer: 'ACME', receipt: 'R', occurredAt: '2026-03-31T09:00:00.000Z' }, after([assigned]));
    expect(withoutTerms.map((event) => event.type)).toEqual(['UnitSold']);
  });

  it('starts at manufacture: the lot’s production, else the assignment', () => {
    const terms: WarrantyTerms = { months: 12, startsAt: 'manufacture' };
    const fromLot = unitDecider.decide(
      {
        type: 'AssignSerial',
        ...unit,
        location: 'WH-A',
        lot: { lotId: 'L1', sku: 'PUMP', producedAt: '2026-01-31T00:00:00Z' },
        warranty: terms,
        occurredAt: '2026-05-01T00:00:00.000Z',
      },
      unitDecider.initialState(),
    );
    expect(fromLot[1].data).toMatchObject({ basis: 'manufacture', startsAt: '2026-01-31T00:00:00.000Z', endsAt: '2027-01-31T00:00:00.000Z' });
    const fromAssignment = unitDecider.decide(
      { type: 'AssignSerial', ...unit, location: 'WH-A', warranty: terms, occurredAt: '2026-05-01T00:00:00.000Z' },
      unitDecider.initialState(),
    );
    expect(fromAssignment[1].data).toMatchObject({ startsAt: '2026-05-01T00:00:00.000Z', endsAt: '2027-05-01T00:00:00.000Z' });
  });

  it('is none before it starts, active until its end (exclusive), then expired; void once voided', () => {
    const warranty = after(sold()).warranty;
    expect(warrantyStatus(warranty, '2026-03-30T00:00:00.000Z')).toBe('none');
    expect(warrantyStatus(warranty, '2028-03-31T08:59:59.999Z')).toBe('active');
    expect(warrantyStatus(warranty, '2028-03-31T09:00:00.000Z')).toBe('expired');
    const voided = [...sold(), ...decided(sold(), { type: 'VoidWarranty', reason: 'tampering' })];
    expect(warrantyStatus(after(voided).warranty, '2026-06-01T00:00:00.000Z')).toBe('void');
    expect(refusal(voided, { type: 'VoidWarranty', reason: 'again' })).toMatchObject({ rule: 'warranty-void' });
    expect(refusal(voided, { type: 'ExtendWarranty', months: 1, reason: 'x' })).toMatchObject({ rule: 'warranty-void' });
  });

  it('extends counted from its start, so an end on the 31st stays there where the month has one', () => {
    const lastOfMonth = [assigned, ...sell([assigned], '2023-08-31T09:00:00.000Z')];
    const short = unitDecider.decide(
      { type: 'SellUnit', customer: 'ACME', receipt: 'R', occurredAt: '2023-08-31T09:00:00.000Z', warranty: { months: 18, startsAt: 'sale' } },
      after([assigned]),
    );
    expect(short[1].data).toMatchObject({ endsAt: '2025-02-28T09:00:00.000Z' });
    const extended = decided([assigned, ...short], { type: 'ExtendWarranty', months: 6, reason: 'plan' });
    expect(extended[0].data).toMatchObject({ endsAt: '2025-08-31T09:00:00.000Z' });
    expect(after(lastOfMonth).warranty).toMatchObject({ months: 24 });
  });

  it('extends from its end, and refuses a unit whose warranty has not started', () => {
    const extended = decided(sold(), { type: 'ExtendWarranty', months: 12, reason: 'plan' });
    expect(extended).toEqual([{ type: 'WarrantyExtended', data: { ...unit, months: 12, reason: 'plan', endsAt: '2029-03-31T09:00:00.000Z' } }]);
    expect(after([...sold(), ...extended]).warranty).toMatchObject({ endsAt: '2029-03-31T09:00:00.000Z', extensions: [{ months: 12 }] });
    expect(refusal([assigned], { type: 'ExtendWarranty', months: 12, reason: 'plan' })).toMatchObject({ rule: 'no-warranty' });
  });
});

describe('warranty claims', () => {
  it('files a claim by the owner, within the warranty at the claim’s time', () => {
    expect(decided(sold(), file())).toEqual([
      {
        type: 'WarrantyClaimFiled',
        data: { ...unit, claimId: 'WC-1', customer: 'ACME', problem: 'noisy', goodwill: false, reason: null, lotId: 'L1', filedAt: '2026-06-01T00:00:00.000Z' },
      },
    ]);
  });

  it('refuses another claimant, a second open claim, a void warranty, and a claim out of warranty unless goodwill with a reason', () => {
    expect(refusal(sold(), file({ customer: 'BOB' }))).toMatchObject({ rule: 'claim-by-owner' });
    const open = [...sold(), ...decided(sold(), file())];
    expect(refusal(open, file({ claimId: 'WC-2' }))).toMatchObject({ rule: 'one-open-claim' });
    expect(refusal(sold(), file({ occurredAt: '2028-04-01T00:00:00.000Z' }))).toMatchObject({ rule: 'warranty-expired' });
    // A claim dated before the sale: no warranty was in force then.
    expect(refusal(sold(), file({ occurredAt: '2026-03-01T00:00:00.000Z' }))).toMatchObject({ rule: 'warranty-expired' });
    expect(refusal(sold(), file({ occurredAt: '2028-04-01T00:00:00.000Z', goodwill: true }))).toBeInstanceOf(InvalidInput);
    expect(decided(sold(), file({ occurredAt: '2028-04-01T00:00:00.000Z', goodwill: true, reason: 'key account' }))[0].data).toMatchObject({
      goodwill: true,
      reason: 'key account',
    });
    const voided = [...sold(), ...decided(sold(), { type: 'VoidWarranty', reason: 'misuse' })];
    expect(refusal(voided, file())).toMatchObject({ rule: 'warranty-void' });
  });

  it('decides an open claim once, resolves only an approved one, and frees the unit for the next claim', () => {
    const open = [...sold(), ...decided(sold(), file())];
    expect(refusal(open, { type: 'ResolveClaim', occurredAt: '2026-06-02T00:00:00.000Z', claimId: 'WC-1', action: 'refunded', note: 'x' })).toMatchObject({
      rule: 'claim-not-approved',
    });
    expect(refusal(open, { type: 'DecideClaim', claimId: 'WC-9', approved: true, reason: 'x' })).toBeInstanceOf(NotFound);
    const approved = [...open, ...decided(open, { type: 'DecideClaim', claimId: 'WC-1', approved: true, reason: 'fault confirmed' })];
    expect(refusal(approved, { type: 'DecideClaim', claimId: 'WC-1', approved: false, reason: 'x' })).toMatchObject({ rule: 'claim-decided' });
    const repaired = decided(approved, { type: 'ResolveClaim', occurredAt: '2026-06-02T00:00:00.000Z', claimId: 'WC-1', action: 'repaired', note: 'seal' });
    expect(repaired.map((event) => event.type)).toEqual(['WarrantyClaimResolved', 'UnitRepaired']);
    const done = after([...approved, ...repaired]);
    expect(done).toMatchObject({ status: 'sold', customer: 'ACME', claims: { 'WC-1': { state: 'resolved' } } });
    expect(decided([...approved, ...repaired], file({ claimId: 'WC-2' }))[0].type).toBe('WarrantyClaimFiled');
    const rejected = [...open, ...decided(open, { type: 'DecideClaim', claimId: 'WC-1', approved: false, reason: 'misuse' })];
    expect(refusal(rejected, { type: 'ResolveClaim', occurredAt: '2026-06-02T00:00:00.000Z', claimId: 'WC-1', action: 'refunded', note: 'x' })).toMatchObject({
      rule: 'claim-not-approved',
    });
  });

  it('takes no claim on a scrapped unit, and resolves none', () => {
    const open = [...sold(), ...decided(sold(), file())];
    const approved = [...open, ...decided(open, { type: 'DecideClaim', claimId: 'WC-1', approved: true, reason: 'ok' })];
    const scrapped: UnitEvent = { type: 'UnitScrapped', data: { ...unit, reason: 'crushed', from: null } };
    expect(refusal([...sold(), scrapped], file())).toMatchObject({ rule: 'scrapped-is-final' });
    const replace = {
      type: 'ResolveClaim' as const,
      occurredAt: '2026-06-02T00:00:00.000Z',
      claimId: 'WC-1',
      action: 'replaced' as const,
      note: 'x',
      returnedTo: 'RMA',
    };
    expect(refusal([...approved, scrapped], { ...replace, replacement: { sku: 'PUMP', serial: '2' } })).toMatchObject({ rule: 'scrapped-is-final' });
    expect(refusal([...approved, scrapped], { ...replace, action: 'repaired' })).toMatchObject({ rule: 'scrapped-is-final' });
  });

  it('replaces: the faulty unit comes back, the replacement goes to the customer with the faulty one’s end date', () => {
    const open = [...sold(), ...decided(sold(), file())];
    const approved = [...open, ...decided(open, { type: 'DecideClaim', claimId: 'WC-1', approved: true, reason: 'ok' })];
    const replacement = { sku: 'PUMP', serial: '2' };
    expect(
      refusal(approved, { type: 'ResolveClaim', occurredAt: '2026-06-02T00:00:00.000Z', claimId: 'WC-1', action: 'replaced', note: 'x', returnedTo: 'RMA' }),
    ).toBeInstanceOf(InvalidInput);
    const resolved = decided(approved, {
      type: 'ResolveClaim',
      occurredAt: '2026-06-02T00:00:00.000Z',
      claimId: 'WC-1',
      action: 'replaced',
      note: 'swap',
      replacement,
      returnedTo: 'RMA',
    });
    // Its warranty ends as it is replaced: the replacement took it over.
    const back = after([...approved, ...resolved]);
    expect(back).toMatchObject({ status: 'returned', location: 'RMA', customer: null, warranty: { endsAt: '2026-06-02T00:00:00.000Z' } });
    expect(warrantyStatus(back.warranty, '2026-06-03T00:00:00.000Z')).toBe('expired');
    const spare: UnitEvent = { type: 'SerialAssigned', data: { ...replacement, lotId: null, location: 'WH-A' } };
    const give: WarrantyCommand = {
      type: 'GiveAsReplacement',
      claimId: 'WC-1',
      replaces: unit,
      customer: 'ACME',
      endsAt: '2028-03-31T09:00:00.000Z',
      occurredAt: '2026-06-02T00:00:00.000Z',
    };
    const given = decideWarranty(give, after([spare]));
    const taken = after([spare, ...given]);
    expect(taken).toMatchObject({
      status: 'sold',
      customer: 'ACME',
      warranty: { basis: 'replacement', startsAt: '2026-06-02T00:00:00.000Z', endsAt: '2028-03-31T09:00:00.000Z' },
    });
    // Only a unit in stock can be given.
    expect(() => decideWarranty(give, taken)).toThrow(RuleViolation);
  });
});
