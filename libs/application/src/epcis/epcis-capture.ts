import { Inject, Injectable } from '@nestjs/common';
import {
  CaptureError,
  CaptureErrorBehaviour,
  capturedEpcisDecider,
  Conflict,
  DomainError,
  epcisCaptureStream,
  EpcisCaptureFinished,
  EpcKey,
  epcisEventStream,
  RuleViolation,
} from '@trace/domain';
import { EVENT_STAGING, EventStaging, StagedWrites, WrongExpectedRevision } from '@trace/event-store';
import { clusteredUuids } from '@trace/shared';
import { CommandContext } from '../shared/command-context';
import { lastPosition, StreamCommands } from '../shared/stream-commands';
import { epcKeysOf } from './epc-keys';
import { EpcisApplier } from './epcis-applier';
import { EpcisEventProblem, EpcisIntent, intentsOf } from './epcis-intents';
import { scanCodeMemo } from './scan-code-memo';
import { canonicalEventHash } from './event-hash';

type Json = Record<string, unknown>;

/** A capture job as the REST binding reports it, with the log position its write reached (for X-Min-Position). */
export type CaptureJob = EpcisCaptureFinished['data'] & { position: number };

/** A failed event's error as the job reports it, and the domain's own error for a single event's answer. */
interface EventFailure {
  error: CaptureError;
  cause: DomainError | EpcisEventProblem;
}

/** Whole documents are decided again this many times when another writer changed a stream they touch meanwhile. */
const CAPTURE_ROUNDS = 3;

/** The id an event is known by: its own eventID, else its CBV 2.0 canonical hash, so the same event sent twice is recognised. */
export const eventIdOf = (event: Json, context: unknown[]): string => (typeof event.eventID === 'string' ? event.eventID : canonicalEventHash(event, context));

/** An event as the capture reads it before deciding: the id it is known by, and what it means to the domain (or why it cannot). */
interface ReadEvent {
  eventID: string;
  intents: EpcisIntent[] | EpcisEventProblem;
  /** The identifiers it names, as its record keeps them for queries. */
  epcs: EpcKey[];
}

/** Its identifiers are parsed once, for its intents and its keys alike. */
function readEvent(event: Json, documentContext: unknown[]): ReadEvent {
  const eventID = eventIdOf(event, documentContext);
  const parse = scanCodeMemo();
  const epcs = epcKeysOf(event, parse);
  try {
    return { eventID, intents: intentsOf(event, eventID, parse), epcs };
  } catch (error) {
    if (error instanceof EpcisEventProblem) return { eventID, intents: error, epcs };
    throw error;
  }
}

/**
 * Captures EPCIS events: each is kept verbatim once (a stream per eventID), and what it means to the domain is
 * carried out by the ordinary handlers, all staged, so the document lands as one write: under `rollback` nothing
 * at all when an event fails (the failed job's record aside), under `proceed` every event that succeeded.
 */
@Injectable()
export class EpcisCapture {
  constructor(
    @Inject(EVENT_STAGING) private readonly staging: EventStaging,
    private readonly commands: StreamCommands,
    private readonly applier: EpcisApplier,
  ) {}

  /** The job's outcome; `failures` keeps the domain's errors for an answer about a single event. */
  async capture(
    events: Json[],
    documentContext: unknown[],
    behaviour: CaptureErrorBehaviour,
    context: CommandContext,
  ): Promise<{ job: CaptureJob; failures: EventFailure[] }> {
    const captureID = context.commandId;
    const earlier = await this.job(captureID);
    if (earlier) return { job: earlier, failures: [] };
    for (let round = 1; ; round++) {
      try {
        return await this.staging.staged((stage) => this.decide(stage, events, documentContext, behaviour, { ...context, correlationId: captureID }));
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error;
        if (round === CAPTURE_ROUNDS) throw new Conflict(`${error.stream} kept changing under concurrent writers; capture the document again`);
      }
    }
  }

  async job(captureID: string): Promise<CaptureJob | null> {
    const { history } = await this.commands.state(epcisCaptureStream(captureID), capturedEpcisDecider);
    const finished = history.find((event) => event.type === 'EpcisCaptureFinished');
    // The job's record is the last stream its write staged: its position is the write's.
    return finished ? { ...(finished.data as EpcisCaptureFinished['data']), position: finished.position } : null;
  }

  private async decide(stage: StagedWrites, events: Json[], documentContext: unknown[], behaviour: CaptureErrorBehaviour, context: CommandContext) {
    const captureID = context.commandId;
    const failures: EventFailure[] = [];
    let applied = 0;
    const commandIds = clusteredUuids(`epcis-capture:${captureID}`);
    const read = events.map((event) => readEvent(event, documentContext));
    const intents = read.flatMap(({ intents }) => (intents instanceof EpcisEventProblem ? [] : intents));
    await this.applier.readingAhead(
      intents,
      read.map(({ eventID }) => epcisEventStream(eventID)),
      async () => {
        for (const [eventIndex, event] of events.entries()) {
          const { eventID } = read[eventIndex];
          const mark = stage.mark();
          try {
            if (await this.captureOne(event, read[eventIndex], documentContext, context, commandIds)) applied++;
          } catch (error) {
            if (!(error instanceof DomainError || error instanceof EpcisEventProblem)) throw error;
            stage.undo(mark);
            failures.push({
              cause: error,
              error: { eventIndex, eventID, ...(error instanceof RuleViolation ? { rule: error.rule } : {}), message: error.message },
            });
          }
        }
      },
    );
    const success = failures.length === 0;
    if (!success && behaviour === 'rollback') {
      stage.undo(0);
      applied = 0;
    }
    const outcome = { captureID, captureErrorBehaviour: behaviour, success, events: events.length, applied, errors: failures.map((failure) => failure.error) };
    await this.commands.execute({
      stream: epcisCaptureStream(captureID),
      decider: capturedEpcisDecider,
      decide: () => [{ type: 'EpcisCaptureFinished', data: outcome }],
      context,
      occurredAt: new Date().toISOString(),
    });
    const job = { ...outcome, position: lastPosition(await stage.commit()) };
    return { job, failures };
  }

  /** False for an event captured before (nothing changes), true when it was captured or declared erroneous now. */
  private async captureOne(
    event: Json,
    { eventID, intents, epcs }: ReadEvent,
    documentContext: unknown[],
    context: CommandContext,
    commandIds: (name: string) => string,
  ): Promise<boolean> {
    const stream = epcisEventStream(eventID);
    const command = { type: 'CaptureEpcisEvent' as const, eventID, captureID: context.commandId, event, context: documentContext, epcs };
    const read = await this.commands.state(stream, capturedEpcisDecider);
    const { state } = read;
    if (capturedEpcisDecider.decide(command, state).length === 0) return false;
    // The schema requires it of every event.
    const eventTime = event.eventTime as string;
    // An event captured already declared erroneous is kept, never carried out; a declaration of one captured
    // before marks it, and changes nothing else: its corrective events are events of their own.
    if (!state.captured && event.errorDeclaration === undefined) {
      // Numbered in the order they are taken, which the event decides: a capture decided again (or retried with its
      // Idempotency-Key) numbers them alike, and its commands keep their ids.
      let sequence = 0;
      const next = () => ({ ...context, commandId: commandIds(`${eventID}:${sequence++}`), causationId: eventID, epcisEventId: eventID });
      if (intents instanceof EpcisEventProblem) throw intents;
      for (const intent of intents) await this.applier.apply(intent, { eventID, eventTime, next });
    }
    await this.commands.execute(
      {
        stream,
        decider: capturedEpcisDecider,
        decide: (current) => capturedEpcisDecider.decide(command, current),
        context: { ...context, commandId: commandIds(`${eventID}:${state.captured ? 'declared' : 'captured'}`), causationId: eventID },
        occurredAt: this.commands.occurredAt(eventTime),
      },
      // Carrying the event out writes other streams: the record follows the history read above (else it is read again).
      read,
    );
    return true;
  }
}
