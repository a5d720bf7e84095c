import { InvalidInput } from './errors';
import { resolveOccurredAt } from './occurred-at';

const now = new Date('2026-05-01T12:00:00.000Z');

describe('occurredAt', () => {
  it('defaults to now', () => {
    expect(resolveOccurredAt(undefined, now, 60_000)).toBe('2026-05-01T12:00:00.000Z');
  });

  it('accepts past scan times and normalises them to UTC', () => {
    expect(resolveOccurredAt('2026-04-30T10:00:00+02:00', now, 60_000)).toBe('2026-04-30T08:00:00.000Z');
  });

  it('accepts a future time within the clock skew', () => {
    expect(resolveOccurredAt('2026-05-01T12:00:59Z', now, 60_000)).toBe('2026-05-01T12:00:59.000Z');
  });

  it('refuses a time further in the future than the clock skew', () => {
    expect(() => resolveOccurredAt('2026-05-01T12:01:01Z', now, 60_000)).toThrow(InvalidInput);
  });

  it('refuses what is not a date-time', () => {
    expect(() => resolveOccurredAt('yesterday', now, 60_000)).toThrow(/occurredAt: must be an ISO 8601 date/);
  });

  it("refuses a date-time without zone, as queries do: it would depend on the server's zone", () => {
    expect(() => resolveOccurredAt('2026-04-30T10:00:00', now, 60_000)).toThrow(/with a zone/);
  });

  it('keeps a time already in the stored form, and still refuses one that only looks like it', () => {
    expect(resolveOccurredAt('2026-04-30T10:00:00.250Z', now, 60_000)).toBe('2026-04-30T10:00:00.250Z');
    expect(() => resolveOccurredAt('2026-02-30T10:00:00.000Z', now, 60_000)).toThrow(/occurredAt: must be an ISO 8601 date/);
    expect(() => resolveOccurredAt('2026-05-01T12:01:01.000Z', now, 60_000)).toThrow(/in the future/);
  });

  it('reads a date alone as midnight UTC, as queries do', () => {
    expect(resolveOccurredAt('2026-04-30', now, 60_000)).toBe('2026-04-30T00:00:00.000Z');
  });
});
