import { CAPTURE_ERROR_BEHAVIOURS, CaptureErrorBehaviour, InvalidInput } from '@trace/domain';
import { HttpAnswer } from '@trace/http';
import { CAPTURE_LIMIT, CAPTURE_LIMIT_HEADERS } from './capture-limits';
import { epcisSchemaProblems } from './epcis-schema';

type Json = Record<string, unknown>;

/** `GS1-Capture-Error-Behaviour`: rollback unless the client asks to proceed. */
export function captureErrorBehaviour(header: string | undefined): CaptureErrorBehaviour {
  if (header === undefined) return 'rollback';
  const behaviour = header.trim().toLowerCase();
  if (!(CAPTURE_ERROR_BEHAVIOURS as readonly string[]).includes(behaviour)) {
    throw InvalidInput.field('GS1-Capture-Error-Behaviour', `must be one of ${CAPTURE_ERROR_BEHAVIOURS.join(', ')}`);
  }
  return behaviour as CaptureErrorBehaviour;
}

/** A body checked against GS1's schema (400 with every problem found, nothing captured), as the type it must be. */
export function epcisBody(body: unknown, type: 'EPCISDocument' | 'event'): Json {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw InvalidInput.field('body', 'must be a JSON object');
  const json = body as Json;
  if (type === 'EPCISDocument' && json.type !== 'EPCISDocument') throw InvalidInput.field('type', 'must be EPCISDocument: a capture takes a document');
  if (type === 'event' && ['EPCISDocument', 'EPCISQueryDocument'].includes(json.type as string)) {
    throw InvalidInput.field('type', 'must be an event type: POST /epcis/capture takes documents');
  }
  if (type === 'EPCISDocument') eventCountWithinLimit(json);
  const problems = epcisSchemaProblems(json);
  if (problems.length) throw new InvalidInput(problems);
  return json;
}

/** Over the capture limit is 413 (the limits in the answer's headers), told before the schema walks every event. */
function eventCountWithinLimit(document: Json): void {
  const events = (document.epcisBody as { eventList?: unknown } | undefined)?.eventList;
  if (Array.isArray(events) && events.length > CAPTURE_LIMIT) {
    throw new HttpAnswer(413, `the document has ${events.length} events; a capture takes at most ${CAPTURE_LIMIT}`, CAPTURE_LIMIT_HEADERS);
  }
}

/** A valid document's events. */
export const documentEvents = (document: Json): Json[] => (document.epcisBody as { eventList: Json[] }).eventList;

/** The `@context` a document or an event names its extensions in, as a list. */
export const contextOf = (json: Json): unknown[] =>
  Array.isArray(json['@context']) ? json['@context'] : json['@context'] === undefined ? [] : [json['@context']];
