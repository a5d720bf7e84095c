import { FIND_CUSTOMER, FIND_GTIN, FIND_UNITS, OWNED, serial } from '../find/find-dataset';

type Json = Record<string, unknown>;

/** The two ways E2 names a unit of F1's product (GTIN 04006381333931, company prefix 4006381, as S1's URNs). */
export const FORMS = ['EPC URN', 'Digital Link'] as const;
export type Form = (typeof FORMS)[number];

const urnOf = (unit: number) => `urn:epc:id:sgtin:${FIND_GTIN.slice(1, 8)}.${FIND_GTIN[0]}${FIND_GTIN.slice(8, 13)}.${serial(unit)}`;
const digitalLinkOf = (unit: number) => `https://id.gs1.org/01/${FIND_GTIN}/21/${serial(unit)}`;

export const queryPath = (unit: number, form: Form): string =>
  `/epcis/events?MATCH_epc=${encodeURIComponent(form === 'EPC URN' ? urnOf(unit) : digitalLinkOf(unit))}`;

/** F1 sells every thousandth unit to its customer: those answers must hold the sale too. */
export const soldToCustomer = (unit: number): boolean => unit % (FIND_UNITS / OWNED) === 0;

/** A CBV term's last segment, whichever form it is written in (`shipping`, `urn:epcglobal:cbv:bizstep:shipping`, `https://ref.gs1.org/cbv/BizStep-shipping`). */
const term = (value: unknown): string | null => (typeof value === 'string' ? (/([A-Za-z_]+)$/.exec(value)?.[1] ?? null) : null);

/**
 * What is wrong with an answer to a query of `unit`, or null: it must be an EPCISQueryDocument whose event list
 * holds the unit's commissioning (and, for a unit sold to F1's customer, its sale), every event naming the unit
 * (as an EPC URN or a Digital Link, whichever the service renders it as).
 */
export function answerProblem(answer: Json, unit: number): string | null {
  if (answer.type !== 'EPCISQueryDocument') return `type ${JSON.stringify(answer.type)}, not EPCISQueryDocument`;
  const body = answer.epcisBody as { queryResults?: { resultsBody?: { eventList?: unknown } } } | undefined;
  const events = body?.queryResults?.resultsBody?.eventList;
  if (!Array.isArray(events)) return 'no epcisBody.queryResults.resultsBody.eventList';
  const names = new Set([urnOf(unit), digitalLinkOf(unit)]);
  const foreign = (events as Json[]).find((event) => !(Array.isArray(event.epcList) && event.epcList.some((epc) => names.has(epc as string))));
  if (foreign) return `an event not naming the unit: ${JSON.stringify(foreign)}`;
  const steps = (events as Json[]).map((event) => `${String(event.action)} ${term(event.bizStep)}`);
  if (!steps.includes('ADD commissioning')) return `no commissioning among ${events.length} events (${steps.join(', ')})`;
  if (soldToCustomer(unit) && !steps.some((step) => step.endsWith('retail_selling'))) return `no sale to ${FIND_CUSTOMER} among ${steps.join(', ')}`;
  return null;
}
