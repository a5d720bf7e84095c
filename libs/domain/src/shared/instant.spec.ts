import { instantProblem, parseInstant } from './instant';

describe('instants', () => {
  it.each([
    ['2026-03-03', '2026-03-03T00:00:00.000Z'],
    ['2026-03-03T12:00Z', '2026-03-03T12:00:00.000Z'],
    ['2026-03-03T12:00:07Z', '2026-03-03T12:00:07.000Z'],
    ['2026-03-03T12:00:07.5Z', '2026-03-03T12:00:07.500Z'],
    ['2026-03-03T12:00:07.123456789Z', '2026-03-03T12:00:07.123Z'],
    ['2026-03-03T12:00:00+01:00', '2026-03-03T11:00:00.000Z'],
    ['2026-03-03T12:00:00-0530', '2026-03-03T17:30:00.000Z'],
    ['2026-03-03T12:00:00+02', '2026-03-03T10:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['0099-01-01', '0099-01-01T00:00:00.000Z'],
    // The service's own form, read as written
    ['2026-03-03T12:00:07.123Z', '2026-03-03T12:00:07.123Z'],
    ['0050-06-01T00:00:00.000Z', '0050-06-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseInstant(text)).toBe(iso);
  });

  it.each([
    // ISO 8601 forms no client needs, which Date reads wrongly or not at all
    '2026-01-01T00Z',
    '20260101T000000Z',
    '2026-W53-7T00:00:00Z',
    '2026-01-01T00:00:00,5Z',
    '2026-001T00:00Z',
    // no zone: it would depend on the server's
    '2026-03-03T12:00:00',
    // impossible dates and times
    '2026-02-29',
    '2026-02-30T00:00:00.000Z',
    '2024-02-29T24:00:00.000Z',
    '2026-13-01',
    '2026-04-31',
    '2026-03-03T24:00:00Z',
    '2026-03-03T12:60:00Z',
    '2026-03-03T12:00:60Z',
    '2026-03-03T12:00:00+24:00',
    // other noise
    '2026-03-03 12:00:00Z',
    '2026-03-03t12:00:00z',
    ' 2026-03-03',
    '2026-03-03\n',
    '',
    'yesterday',
  ])('refuses %p', (text) => {
    expect(parseInstant(text)).toBeNull();
    expect(instantProblem(text)).toMatch(/must be an ISO 8601 date/);
  });

  it.each([null, undefined, 20260303, {}, ['2026-03-03']])('refuses the non-string %p', (value) => {
    expect(parseInstant(value)).toBeNull();
  });
});
