import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '@trace/domain';
import { parseScanCode } from '../scans/scan-code';
import { epcKeysOf } from './epc-keys';
import { EpcisEventProblem, intentsOf } from './epcis-intents';
import { scanCodeMemo } from './scan-code-memo';

/** GS1's own example documents (see test/fixtures/epcis/SOURCES.md): written by the standard's authors, not by us. */
const EXAMPLES = join(__dirname, '../../../../test/fixtures/epcis');
const examples = readdirSync(EXAMPLES).filter((file) => file.endsWith('.jsonld') || file.endsWith('.json'));

type Json = Record<string, unknown>;

/** A capture document's events, or a query document's. */
function eventsOf(file: string): Json[] {
  const body = (
    JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as { epcisBody: { eventList?: Json[]; queryResults?: { resultsBody: { eventList: Json[] } } } }
  ).epcisBody;
  return body.eventList ?? body.queryResults?.resultsBody.eventList ?? [];
}

/** An event naming one code twice and a malformed one: the memo answers the repeat, and the refusal fails the event alike. */
const MALFORMED: Json = {
  type: 'ObjectEvent',
  action: 'OBSERVE',
  bizStep: 'shipping',
  epcList: ['urn:epc:id:sgtin:0614141.107346.1', 'urn:epc:id:sgtin:0614141.107346.1', 'urn:epc:id:sgtin:0614141.107346'],
  readPoint: { id: 'urn:epc:id:sgln:0614141.07346.1234' },
};

/** What reading an event gives: its intents or the problem that fails it. */
const intentsOrProblem = (read: () => unknown) => {
  try {
    return read();
  } catch (error) {
    if (error instanceof EpcisEventProblem) return `problem: ${error.message}`;
    throw error;
  }
};

describe('scanCodeMemo', () => {
  it('answers a code it read before with the same identity, without reading it again', () => {
    const parse = scanCodeMemo();
    const code = 'urn:epc:id:sgtin:0614141.107346.2017';
    const first = parse(code);
    expect(first).toEqual(parseScanCode(code));
    expect(parse(code)).toBe(first);
  });

  it('refuses a malformed code each time with the refusal parseScanCode gives', () => {
    const parse = scanCodeMemo();
    const code = 'urn:epc:id:sgtin:0614141.107346';
    const refusal = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        return error;
      }
      throw new Error(`${code} was accepted`);
    };
    const first = refusal(() => parse(code));
    expect(first).toBeInstanceOf(DomainError);
    expect((first as Error).message).toBe((refusal(() => parseScanCode(code)) as Error).message);
    expect(refusal(() => parse(code))).toBe(first);
  });

  it('gives every GS1 example event the intents and query keys that reading its codes afresh gives', () => {
    let events = 0;
    for (const file of examples) {
      for (const event of [...eventsOf(file), MALFORMED]) {
        const parse = scanCodeMemo();
        expect(epcKeysOf(event, parse)).toEqual(epcKeysOf(event));
        expect(intentsOrProblem(() => intentsOf(event, 'e', parse))).toEqual(intentsOrProblem(() => intentsOf(event, 'e')));
        events++;
      }
    }
    expect(events).toBeGreaterThanOrEqual(20 + examples.length);
  });
});
