import { AppendRequest } from '@trace/event-store';

export type Durability = 'FULL' | 'NORMAL';

/** One way of storing the benchmark's append requests, with its own file and the given durability. */
export interface Appender {
  /** Each request in its own transaction, as a single command appends. */
  appendOne(request: AppendRequest): Promise<void>;
  /** All requests in one transaction, as a bulk assignment appends. */
  appendBatch(requests: AppendRequest[]): Promise<void>;
  close(): Promise<void>;
}

export type OpenAppender = (file: string, durability: Durability) => Promise<Appender>;
