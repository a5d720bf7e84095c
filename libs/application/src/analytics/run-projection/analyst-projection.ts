import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { EventFilter } from '../log/event-filter';
import { PublicEvent, publicEvent } from '../log/public-event';
import { ScanOptions, scanLog, scanRange } from '../log/scan-log';

/**
 * An analyst's own projection: a starting state (or a function making one), a fold step, and optionally
 * what to print from the final state. `apply` returns the next state, or changes the state and returns nothing.
 */
export interface AnalystProjection<State = unknown> {
  initialState: State | (() => State);
  apply(state: State, event: PublicEvent): State | void;
  result?(state: State): unknown;
}

export interface ProjectionRun {
  result: unknown;
  events: number;
  position: number;
}

/** Runs an analyst's projection over the (filtered) history, streamed a page at a time. */
@Injectable()
export class AnalystProjectionRunner {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async run(projection: AnalystProjection, filter: EventFilter, options: ScanOptions = {}): Promise<ProjectionRun> {
    const { initialState } = projection;
    let state = typeof initialState === 'function' ? (initialState as () => unknown)() : structuredClone(initialState);
    let events = 0;
    const range = await scanRange(this.events, filter);
    let position = range.start;
    options.onProgress?.(position, range);
    for await (const page of scanLog((after, limit) => this.events.readAll(after, limit), filter, range, options)) {
      for (const event of page.events) {
        const next = projection.apply(state, publicEvent(event));
        if (next !== undefined) state = next;
      }
      events += page.events.length;
      position = page.position;
      options.onProgress?.(position, range);
    }
    return { result: projection.result ? projection.result(state) : state, events, position };
  }
}
