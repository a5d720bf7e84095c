import { Change, ReadDocument, ReadModelDefinition } from '@trace/read-store';
import { hostname } from 'node:os';

/**
 * Each follower of the log (the projector, the recall reactor) says it is alive, in the read store, at least every
 * heartbeat interval, busy or idle: a follower that stopped and one that is slow then look different.
 */
export const followersModel: ReadModelDefinition = {
  name: 'followers',
  key: ['name'],
  fields: { name: 'text', beatAt: 'text', position: 'integer', process: 'text', failing: 'text' },
  indexes: [],
};

export interface Heartbeat {
  name: string;
  /** When the follower last said it is alive. */
  beatAt: string;
  /** The position it has applied. */
  position: number;
  /** `host:pid` of the process running it. */
  process: string;
  /** Why its last attempt failed, while it is retrying; null once a batch succeeds again. */
  failing: string | null;
}

export const PROCESS = `${hostname()}:${process.pid}`;

export const heartbeatChange = (beat: Heartbeat): Change => ({ op: 'upsert', model: followersModel.name, key: { name: beat.name }, set: { ...beat } });

export const heartbeatOf = (document: ReadDocument | null): Heartbeat | null =>
  document && {
    name: String(document.name),
    beatAt: String(document.beatAt),
    position: Number(document.position),
    process: String(document.process),
    failing: typeof document.failing === 'string' ? document.failing : null,
  };
