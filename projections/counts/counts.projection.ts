import { CountCounters, CountEvent, CountFindings, CountStatus, isCountEvent, LotFinding, ReconcileOutcome, CountChoices } from '@trace/domain';
import { Change, increment, ReadModel, update, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection, unhandled } from '../projection';

type Counters = { [Counter in keyof CountCounters]: number | null };

export interface CountDocument extends Counters {
  countId: string;
  location: string;
  includeSublocations: 0 | 1;
  blind: 0 | 1;
  state: CountStatus;
  openedAt: string;
  /** The log position the expectation was read at. */
  readAt: number;
  expectedUnits: number;
  expectedLots: number;
  /** Running totals while counting: units newly counted, repeats, codes of no issued serial. */
  scannedUnits: number;
  scannedDuplicates: number;
  scannedUnknown: number;
  closedAt: string | null;
  /** The log position the report judged the record at. */
  judgedAt: number | null;
  /** Every lot line of the report (matching ones included), quantities in millionths. */
  lots: LotFinding[] | null;
  reconciledAt: string | null;
  reconciliation: { choices: CountChoices; outcome: ReconcileOutcome } | null;
}

export const countsModel: ReadModel<CountDocument> = {
  name: 'counts',
  key: ['countId'],
  fields: {
    countId: 'text',
    location: 'text',
    includeSublocations: 'integer',
    blind: 'integer',
    state: 'text',
    openedAt: 'text',
    readAt: 'integer',
    expectedUnits: 'integer',
    expectedLots: 'integer',
    scannedUnits: 'integer',
    scannedDuplicates: 'integer',
    scannedUnknown: 'integer',
    closedAt: 'text',
    judgedAt: 'integer',
    expected: 'integer',
    counted: 'integer',
    matched: 'integer',
    left: 'integer',
    missing: 'integer',
    unexpected: 'integer',
    unknown: 'integer',
    duplicates: 'integer',
    lots: 'json',
    reconciledAt: 'text',
    reconciliation: 'json',
  },
  // The audit list: newest first, all or by location and/or state.
  indexes: [['openedAt'], ['location', 'openedAt'], ['state', 'openedAt'], ['location', 'state', 'openedAt']],
};

/** A unit a count counted, and when first: the counts that saw a unit are one indexed read. */
export interface CountUnitDocument {
  countId: string;
  sku: string;
  serial: string;
  position: number;
}

export const countUnitsModel: ReadModel<CountUnitDocument> = {
  name: 'count_units',
  key: ['countId', 'sku', 'serial'],
  fields: { countId: 'text', sku: 'text', serial: 'text', position: 'integer' },
  indexes: [['sku', 'serial']],
};

export const DISCREPANCY_KINDS = ['missing', 'unexpected', 'unknown', 'lot'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

/** One discrepancy of a count's report; `ref` orders each kind (the unit, the lot, or the scan that read an unknown code). */
export interface CountDiscrepancyDocument {
  countId: string;
  kind: DiscrepancyKind;
  ref: string;
  sku: string | null;
  serial: string | null;
  /** Where the record places the unit: at close for a missing one, when counted for an unexpected one (null: nowhere). */
  status: string | null;
  location: string | null;
  code: string | null;
  lotId: string | null;
  expectedMicros: number | null;
  countedMicros: number | null;
  differenceMicros: number | null;
}

export const countDiscrepanciesModel: ReadModel<CountDiscrepancyDocument> = {
  name: 'count_discrepancies',
  key: ['countId', 'kind', 'ref'],
  fields: {
    countId: 'text',
    kind: 'text',
    ref: 'text',
    sku: 'text',
    serial: 'text',
    status: 'text',
    location: 'text',
    code: 'text',
    lotId: 'text',
    expectedMicros: 'integer',
    countedMicros: 'integer',
    differenceMicros: 'integer',
  },
  indexes: [],
};

const NONE = {
  sku: null,
  serial: null,
  status: null,
  location: null,
  code: null,
  lotId: null,
  expectedMicros: null,
  countedMicros: null,
  differenceMicros: null,
};

/** The discrepancy documents of a report's findings and lot lines: what the count's model holds once it is closed. */
export function findingDiscrepancies(countId: string, findings: CountFindings['data'], lots: LotFinding[]): CountDiscrepancyDocument[] {
  const documents: CountDiscrepancyDocument[] = [];
  for (const { sku, serial, location } of findings.missing) {
    documents.push({ ...NONE, countId, kind: 'missing', ref: `${sku}/${serial}`, sku, serial, status: 'in_stock', location });
  }
  for (const { sku, serial, recorded } of findings.unexpected) {
    documents.push({
      ...NONE,
      countId,
      kind: 'unexpected',
      ref: `${sku}/${serial}`,
      sku,
      serial,
      status: recorded?.status ?? null,
      location: recorded?.location ?? null,
    });
  }
  for (const lot of lots) {
    if (lot.difference === 0) continue;
    documents.push({
      ...NONE,
      countId,
      kind: 'lot',
      ref: lot.lotId,
      lotId: lot.lotId,
      expectedMicros: lot.expected,
      countedMicros: lot.counted,
      differenceMicros: lot.difference,
    });
  }
  return documents;
}

/** An unknown code's discrepancy, ordered by the scan that read it. */
export const unknownDiscrepancy = (countId: string, code: string, position: number, index: number): CountDiscrepancyDocument => ({
  ...NONE,
  countId,
  kind: 'unknown',
  ref: `${String(position).padStart(15, '0')}:${String(index).padStart(5, '0')}`,
  code,
});

const stored = (document: CountDiscrepancyDocument): Change => {
  const { countId, kind, ref, ...set } = document;
  return upsert(countDiscrepanciesModel, { countId, kind, ref }, set);
};

function countChanges(event: CountEvent & ProjectedEvent): Change[] {
  const { countId } = event.data;
  switch (event.type) {
    case 'CountOpened': {
      const { location, includeSublocations, blind, expectedUnits, expectedLots, readAt } = event.data;
      return [
        upsert(
          countsModel,
          { countId },
          {
            location,
            includeSublocations: includeSublocations ? 1 : 0,
            blind: blind ? 1 : 0,
            state: 'open',
            openedAt: event.occurredAt,
            readAt,
            expectedUnits,
            expectedLots,
            scannedUnits: 0,
            scannedDuplicates: 0,
            scannedUnknown: 0,
            closedAt: null,
            judgedAt: null,
            expected: null,
            counted: null,
            matched: null,
            left: null,
            missing: null,
            unexpected: null,
            unknown: null,
            duplicates: null,
            lots: null,
            reconciledAt: null,
            reconciliation: null,
          },
        ),
      ];
    }
    // The expectation is read from the count's stream when it is judged.
    case 'CountExpected':
      return [];
    case 'CountScanned': {
      const { units, duplicates, unknown } = event.data;
      const changes: Change[] = [
        increment(countsModel, { countId }, { scannedUnits: units.length, scannedDuplicates: duplicates.length, scannedUnknown: unknown.length }),
      ];
      for (const { sku, serial } of units) changes.push(upsert(countUnitsModel, { countId, sku, serial }, { position: event.position }));
      unknown.forEach((code, index) => changes.push(stored(unknownDiscrepancy(countId, code, event.position, index))));
      return changes;
    }
    case 'CountClosed': {
      const { judgedAt, lots, expected, counted, matched, left, missing, unexpected, unknown, duplicates } = event.data;
      const counters = { expected, counted, matched, left, missing, unexpected, unknown, duplicates };
      return [
        update(countsModel, { countId }, { state: 'closed', closedAt: event.occurredAt, judgedAt, ...counters, lots }),
        ...findingDiscrepancies(countId, { countId, missing: [], unexpected: [] }, lots).map(stored),
      ];
    }
    case 'CountFindings':
      return findingDiscrepancies(countId, event.data, []).map(stored);
    case 'CountReconciled': {
      const { choices, outcome } = event.data;
      return [update(countsModel, { countId }, { state: 'reconciled', reconciledAt: event.occurredAt, reconciliation: { choices, outcome } })];
    }
    default:
      return unhandled(event);
  }
}

const project = (event: ProjectedEvent): Change[] => (isCountEvent(event) ? countChanges(event) : []);

/** Cycle counts: progress while counting, the report once closed, its discrepancies, and which counts saw a unit. */
export const countsProjection: Projection<'counts'> = { name: 'counts', models: [countsModel, countUnitsModel, countDiscrepanciesModel], project };
