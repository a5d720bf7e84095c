import { cbvTerm, containerEpcKey, EpcKey, isEpcisEvent, lotEpcKey, unitEpcKey } from '@trace/domain';
import { Change, ReadModel, remove, update, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection, unhandled } from '../projection';
import { NativeEpcis, nativeEpcis, NativeSubject } from './native-epcis';

/** One EPCIS event as queries find it: captured verbatim, or a native fact in its EPCIS view. */
export interface EpcisEventDocument {
  /** The log position of the event's record: query order and page token. */
  position: number;
  eventID: string;
  eventType: string;
  /** UTC, for range filters. */
  eventTime: string;
  recordTime: string;
  action: string | null;
  /** Bare CBV terms, whatever form they were captured in. */
  bizStep: string | null;
  disposition: string | null;
  readPoint: string | null;
  bizLocation: string | null;
  errorDeclaration: Record<string, unknown> | null;
  /** The event as captured and the document `@context` it relies on; null for a native fact. */
  captured: { event: Record<string, unknown>; context: unknown[] } | null;
  native: { view: NativeEpcis; stream: string; revision: number; eventTimeZoneOffset: string } | null;
}

/** An identifier an event names, for the MATCH_ filters. */
export interface EpcisEpcDocument {
  key: string;
  position: number;
  role: string;
}

/** A subscription to a named query, as the deliveries find it (its signature token stays in the query's stream). */
export interface EpcisSubscriptionDocument {
  subscriptionID: string;
  queryName: string;
  dest: string;
  /** The log position it was made at: deliveries start after it. */
  position: number;
  createdAt: string;
}

export const epcisSubscriptionsModel: ReadModel<EpcisSubscriptionDocument> = {
  name: 'epcis_subscriptions',
  key: ['subscriptionID'],
  fields: { subscriptionID: 'text', queryName: 'text', dest: 'text', position: 'integer', createdAt: 'text' },
  indexes: [['queryName']],
};

export const epcisEventsModel: ReadModel<EpcisEventDocument> = {
  name: 'epcis_events',
  key: ['position'],
  fields: {
    position: 'integer',
    eventID: 'text',
    eventType: 'text',
    eventTime: 'text',
    recordTime: 'text',
    action: 'text',
    bizStep: 'text',
    disposition: 'text',
    readPoint: 'text',
    bizLocation: 'text',
    errorDeclaration: 'json',
    captured: 'json',
    native: 'json',
  },
  indexes: [['eventID'], ['eventType'], ['bizStep'], ['disposition'], ['readPoint'], ['bizLocation'], ['action']],
};

export const epcisEpcsModel: ReadModel<EpcisEpcDocument> = {
  name: 'epcis_event_epcs',
  key: ['key', 'position', 'role'],
  fields: { key: 'text', position: 'integer', role: 'text' },
  // MATCH_ filters read an identifier's events in log order, several forms of it at once.
  indexes: [['key', 'position']],
};

const placeId = (place: unknown): string | null =>
  place && typeof place === 'object' && typeof (place as { id?: unknown }).id === 'string' ? (place as { id: string }).id : null;

/** UTC for range filters; a time JavaScript cannot read (a leap second the schema admits) is kept as written. */
function utc(time: unknown): string {
  const date = new Date(time as string);
  return Number.isNaN(date.getTime()) ? String(time) : date.toISOString();
}

const keyOf = (subject: NativeSubject): string =>
  subject.kind === 'unit' ? unitEpcKey(subject.sku, subject.serial) : subject.kind === 'lot' ? lotEpcKey(subject.lotId) : containerEpcKey(subject.containerId);

/** The identifiers of a native fact, keyed: lots are classes, units and containers instances. */
function nativeKeys(view: NativeEpcis): EpcKey[] {
  const keyed = (subject: NativeSubject, instanceRole: EpcKey['role']): EpcKey => ({
    role: subject.kind === 'lot' ? 'epcClass' : instanceRole,
    key: keyOf(subject),
  });
  return [
    ...view.subjects.map((subject) => keyed(subject, 'epc')),
    ...(view.parent ? [keyed(view.parent, 'parentID')] : []),
    ...view.inputs.map((subject) => keyed(subject, 'inputEPC')),
    ...view.outputs.map((subject) => keyed(subject, 'outputEPC')),
  ];
}

const epcRows = (keys: EpcKey[], position: number): Change[] =>
  [...new Map(keys.map((key) => [`${key.role} ${key.key}`, key])).values()].map(({ key, role }) => upsert(epcisEpcsModel, { key, position, role }, {}));

function captured(event: ProjectedEvent): Change[] {
  if (!isEpcisEvent(event)) return [];
  switch (event.type) {
    case 'EpcisEventCaptured': {
      const { eventID, event: captured, context, epcs } = event.data;
      const declaration = (captured.errorDeclaration as Record<string, unknown> | undefined) ?? null;
      return [
        upsert(
          epcisEventsModel,
          { position: event.position },
          {
            eventID,
            eventType: captured.type as string,
            eventTime: utc(captured.eventTime),
            recordTime: event.recordedAt,
            action: typeof captured.action === 'string' ? captured.action : null,
            bizStep: cbvTerm(captured.bizStep),
            disposition: cbvTerm(captured.disposition),
            readPoint: placeId(captured.readPoint),
            bizLocation: placeId(captured.bizLocation),
            errorDeclaration: declaration,
            captured: { event: captured, context },
            native: null,
          },
        ),
        ...epcRows(epcs, event.position),
      ];
    }
    case 'EpcisErrorDeclared':
      return [update(epcisEventsModel, { eventID: event.data.eventID }, { errorDeclaration: event.data.errorDeclaration })];
    case 'EpcisCaptureFinished':
    case 'EpcisQueryDefined':
      return [];
    case 'EpcisSubscribed': {
      const { subscriptionID, queryName, dest } = event.data;
      return [upsert(epcisSubscriptionsModel, { subscriptionID }, { queryName, dest, position: event.position, createdAt: event.recordedAt })];
    }
    case 'EpcisUnsubscribed':
      return [remove(epcisSubscriptionsModel, { subscriptionID: event.data.subscriptionID })];
    default:
      return unhandled(event);
  }
}

/** A native fact's EPCIS view; a fact carried out for a captured event is not shown again: the captured event is. */
function native(event: ProjectedEvent): Change[] {
  if (event.metadata?.epcisEventId !== undefined) return [];
  const view = nativeEpcis(event);
  if (!view) return [];
  const eventTime = event.occurredAt;
  return [
    upsert(
      epcisEventsModel,
      { position: event.position },
      {
        // A native fact has no EPCIS id of its own: its place in the log names it for ever.
        eventID: `urn:trace:event:${encodeURIComponent(event.stream)}:${event.revision}`,
        eventType: view.type,
        eventTime: utc(eventTime),
        recordTime: event.recordedAt,
        action: view.action,
        bizStep: view.bizStep,
        disposition: view.disposition,
        readPoint: view.readPoint,
        bizLocation: view.bizLocation,
        errorDeclaration: null,
        captured: null,
        native: { view, stream: event.stream, revision: event.revision, eventTimeZoneOffset: '+00:00' },
      },
    ),
    ...epcRows(nativeKeys(view), event.position),
  ];
}

const project = (event: ProjectedEvent): Change[] => (isEpcisEvent(event) ? captured(event) : native(event));

/** The EPCIS repository's events: every captured event once, and every native fact in its EPCIS view. */
export const epcisProjection: Projection<'epcis'> = { name: 'epcis', models: [epcisEventsModel, epcisEpcsModel, epcisSubscriptionsModel], project };
