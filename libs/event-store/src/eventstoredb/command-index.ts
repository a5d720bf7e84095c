import { EventData, jsonEvent, RecordedEvent as ClientEvent } from '@eventstore/db-client';
import { sha256, stableUuid } from '@trace/shared';
import { AppendRequest } from '../event-store.port';

/*
 * EventStoreDB has no secondary index, so "the events of command C" (the port's readByCommand, which idempotency
 * keys rely on) is kept as a small pointer stream per command naming the streams C writes to. The pointers are
 * written BEFORE the events, so no crash can leave events without a pointer; a crash after the pointers and
 * before the events leaves a pointer to streams holding nothing of C, which reads as "not done yet", and the
 * retry writes the same pointers again (their ids derive from their content: recognised, not duplicated) and
 * then the events (their ids derive from the command: deduplicated by the server). A command id already
 * pointing at other streams is refused, like an event id reused in another stream.
 *
 * An all-or-nothing write (appendAll) has no multi-stream transaction here, so each attempt also records its
 * requests, as an intent event in the command's intent stream, before its first append. When the command is
 * looked up (every retry does that first) and some but not all of the last intent's events are stored, a crash
 * or a race interrupted it: the look-up appends what is missing, at the revisions first decided on. */

const POINTER_TYPE = 'CommandStreams';
const INTENT_TYPE = 'CommandIntent';
/** Streams named per pointer event: a bulk assignment of 10,000 long serials stays far below the append size limit. */
export const STREAMS_PER_POINTER = 500;

/** The pointer stream of a command; its `command-` category is outside the followed prefixes, so projectors never see it. */
export const commandStream = (commandId: string): string => `command-${commandId}`;

/** Streams each command of these requests appends to, keyed by command id. */
export function streamsByCommand(requests: readonly AppendRequest[]): Map<string, string[]> {
  const byCommand = new Map<string, Set<string>>();
  for (const { stream, events } of requests) {
    for (const { metadata } of events) {
      const streams = byCommand.get(metadata.commandId) ?? new Set<string>();
      byCommand.set(metadata.commandId, streams.add(stream));
    }
  }
  return new Map([...byCommand].map(([commandId, streams]) => [commandId, [...streams].sort()]));
}

/** The pointer events of a command, in the order they are appended (revision 0, 1, …). */
export function commandPointers(commandId: string, streams: readonly string[]): EventData[] {
  const pages: string[][] = [];
  for (let start = 0; start < streams.length; start += STREAMS_PER_POINTER) pages.push(streams.slice(start, start + STREAMS_PER_POINTER));
  return pages.map((page, index) =>
    jsonEvent({ id: stableUuid(`command-streams:${commandId}:${index}:${page.join('\n')}`), type: POINTER_TYPE, data: { streams: page } }),
  );
}

/** Where the intents of a command's all-or-nothing writes are kept, one event per attempt. */
export const intentStream = (commandId: string): string => `command-${commandId}-intent`;

/** The intent of one attempt; its id follows from its content, so re-recording the same attempt stores nothing new. */
export function commandIntent(commandId: string, requests: readonly AppendRequest[]): EventData {
  return jsonEvent({ id: stableUuid(`command-intent:${commandId}:${sha256(JSON.stringify(requests))}`), type: INTENT_TYPE, data: { requests } });
}

/** The requests of the last attempt recorded, if any. */
export function lastIntent(intents: readonly ClientEvent[]): AppendRequest[] | null {
  const last = intents.filter((intent) => intent.type === INTENT_TYPE && intent.isJson).at(-1);
  return last ? (last.data as unknown as { requests: AppendRequest[] }).requests : null;
}

/** The requests of an intent not wholly stored yet (by event id), in their order. */
export function unfinished(requests: readonly AppendRequest[], storedIds: ReadonlySet<string>): AppendRequest[] {
  return requests.filter((request) => !request.events.every((event) => storedIds.has(event.eventId)));
}

/**
 * Where to go on writing `ours` when the pointer stream already holds `stored` (a retry, or one racing its
 * original): after the part already there, or null when the command id points somewhere else.
 */
export function resumePointersAt(stored: readonly string[], ours: readonly string[]): number | null {
  const isOurPrefix = stored.length <= ours.length && stored.every((id, index) => id === ours[index]);
  return isOurPrefix ? stored.length : null;
}

/** The streams named by a command's pointer events. */
export function pointedStreams(pointers: readonly ClientEvent[]): string[] {
  return pointers.flatMap((pointer) => (pointer.type === POINTER_TYPE && pointer.isJson ? (pointer.data as { streams: string[] }).streams : []));
}
