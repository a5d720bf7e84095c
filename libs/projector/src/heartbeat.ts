import { Change, ReadModel, upsert } from '@trace/read-store';
import { hostname } from 'node:os';

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

/**
 * Each follower of the log (the projector, the recall reactor) says it is alive, in the read store, at least every
 * heartbeat interval, busy or idle: a follower that stopped and one that is slow then look different.
 */
export const followersModel: ReadModel<Heartbeat> = {
  name: 'followers',
  key: ['name'],
  fields: { name: 'text', beatAt: 'text', position: 'integer', process: 'text', failing: 'text' },
  indexes: [],
};

export const PROCESS = `${hostname()}:${process.pid}`;

export const heartbeatChange = (beat: Heartbeat): Change => upsert(followersModel, { name: beat.name }, { ...beat });
