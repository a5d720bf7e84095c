import { SerializedEvent } from '@trace/event-store';
import { EVENT_FORMATS } from './event-formats';

const event = (actor: string, data: object): SerializedEvent => ({
  position: 7,
  stream: 'unit-P:1',
  revision: 2,
  eventId: 'e-1',
  type: 'UnitMoved',
  data: JSON.stringify(data),
  metadata: JSON.stringify({ commandId: 'c-1', correlationId: 'c-1', causationId: 'c-1', actor, schemaVersion: 1 }),
  occurredAt: '2026-03-01T00:00:00.000Z',
  recordedAt: '2026-03-01T00:00:01.000Z',
});

describe('event formats: CSV', () => {
  const { csv } = EVENT_FORMATS;

  it('writes one LF-terminated line per event under the header, quoting what needs it', () => {
    expect(csv.header).toBe(
      'position,stream,revision,eventId,type,occurredAt,recordedAt,actor,onBehalfOf,commandId,correlationId,causationId,schemaVersion,data\n',
    );
    expect(csv.line(event('tester', { to: 'WH-B' }))).toBe(
      '7,unit-P:1,2,e-1,UnitMoved,2026-03-01T00:00:00.000Z,2026-03-01T00:00:01.000Z,tester,,c-1,c-1,c-1,1,"{""to"":""WH-B""}"\n',
    );
  });

  it('defuses a cell a spreadsheet would run as a formula, as the recall CSV does', () => {
    // An actor is whatever identifier a client sends as X-Actor.
    expect(csv.line(event('=HYPERLINK("http://x","y")', {}))).toContain(',"\'=HYPERLINK(""http://x"",""y"")",');
    expect(csv.line(event('@SUM(A1)', {}))).toContain(",'@SUM(A1),");
    expect(csv.line(event('\t=1+1', {}))).toContain(",'\t=1+1,");
    expect(csv.line(event('-1+1', {}))).toContain(",'-1+1,");
  });
});
