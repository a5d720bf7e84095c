import { SqliteEventStore } from '@trace/event-store/sqlite';
import { RecordedEvent } from '@trace/event-store';
import { seededRandom as seeded } from '@trace/shared';
import { join } from 'node:path';
import { removeDataDir, tempDataDir } from '../e2e/api';
import { leftReadModels, replayedReadModels } from './read-models';
import { get, kill, post, ServiceProcess, startService } from './service';

jest.setTimeout(120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function log(dataDir: string): Promise<RecordedEvent[]> {
  const events = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
  try {
    return await events.readAll(0, 1_000_000);
  } finally {
    await events.close();
  }
}

/** Waits until the service's read models include the whole log, as /health reports it. */
async function caughtUp(service: ServiceProcess): Promise<number> {
  for (;;) {
    const health = await get<{ details: Record<string, { status: string; position: number }> }>(service, '/health');
    const head = health.details.eventStore.position;
    if (head === health.details.readStore.position && health.details.recallReactor?.status === 'up') return head;
    await sleep(20);
  }
}

/** One command of a unit's life, sent under an Idempotency-Key so that a retry can never append twice. */
interface Command {
  key: string;
  path: string;
  body: object;
  type: string;
  unit: string;
}

const life = (client: number, n: number): Command[] => {
  const serial = `C${client}-${n}`;
  const unit = `/v1/units/PUMP/${serial}`;
  return [
    { key: `${serial}-assign`, path: '/v1/units', body: { sku: 'PUMP', serial, location: 'WH-A' }, type: 'SerialAssigned', unit: serial },
    { key: `${serial}-move`, path: `${unit}/moves`, body: { to: 'WH-B' }, type: 'UnitMoved', unit: serial },
    { key: `${serial}-ship`, path: `${unit}/shipments`, body: { to: 'DC-EAST' }, type: 'UnitShipped', unit: serial },
    { key: `${serial}-receive`, path: `${unit}/receipts`, body: { by: 'DC-EAST', location: 'DC-EAST/1' }, type: 'UnitReceived', unit: serial },
  ];
};

describe('faults: processes killed, stopped and restarted', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDataDir();
  });
  afterEach(() => removeDataDir(dir));

  it('loses no acknowledged command and doubles none when the service is killed (SIGKILL) at random moments while clients write, and its read models equal a fresh replay', async () => {
    const seed = Date.now();
    const random = seeded(seed);
    const acknowledged = new Map<string, number>();
    /** Sent but not answered when the service died: they may or may not be in the log, and are retried. */
    const unanswered = new Map<string, Command>();
    const next = [0, 0, 0, 0];
    const queues: Command[][] = [[], [], [], []];
    let retried = 0;

    const client = async (index: number, service: ServiceProcess, stop: { now: boolean }) => {
      while (!stop.now) {
        if (queues[index].length === 0) queues[index].push(...life(index, next[index]++));
        const command = queues[index][0];
        try {
          const answer = await post(service, command.path, command.body, { 'idempotency-key': command.key });
          expect([command.key, answer.status]).toEqual([command.key, 201]);
          acknowledged.set(command.key, answer.body.position);
          unanswered.delete(command.key);
        } catch (error) {
          if (!stop.now) throw error;
          unanswered.set(command.key, command);
        }
        queues[index].shift();
      }
    };

    for (let round = 0; round < 4; round++) {
      const service = await startService('api+projector', dir);
      for (const command of unanswered.values()) {
        retried++;
        // A retry after the crash answers the first outcome if the command was committed, or commits it now.
        const answer = await post(service, command.path, command.body, { 'idempotency-key': command.key });
        expect([command.key, answer.status]).toEqual([command.key, 201]);
        acknowledged.set(command.key, answer.body.position);
        unanswered.delete(command.key);
      }
      const stop = { now: false };
      const writing = Promise.all([0, 1, 2, 3].map((index) => client(index, service, stop)));
      await sleep(200 + random() * 700);
      stop.now = true;
      await kill(service);
      await writing.catch((error) => {
        throw new Error(`seed ${seed}: ${error}`);
      });
    }

    const last = await startService('api+projector', dir);
    for (const command of unanswered.values()) {
      const answer = await post(last, command.path, command.body, { 'idempotency-key': command.key });
      acknowledged.set(command.key, answer.body.position);
    }
    await caughtUp(last);
    last.signal('SIGTERM');
    await last.exited;

    // The first start's admin key, then the units' lives.
    const [first, ...events] = await log(dir);
    expect(first.type).toBe('KeyIssued');
    const byPosition = new Map(events.map((event) => [event.position, event]));
    for (const [key, position] of acknowledged) {
      // Every acknowledged command is in the log, at the position it was answered with, as the event it asked for.
      expect([key, byPosition.get(position)?.data.serial]).toEqual([key, key.slice(0, key.lastIndexOf('-'))]);
    }
    const perUnit = new Map<string, string[]>();
    for (const event of events) perUnit.set(event.data.serial as string, [...(perUnit.get(event.data.serial as string) ?? []), event.type]);
    for (const [serial, types] of perUnit) {
      // Nothing doubled: a unit's history is its life's commands, each once, in order.
      expect([serial, types]).toEqual([serial, ['SerialAssigned', 'UnitMoved', 'UnitShipped', 'UnitReceived'].slice(0, types.length)]);
    }
    expect(acknowledged.size).toBe(events.length);
    // Kills came while commands were in flight, and their retries were answered without doubling anything.
    expect(retried).toBeGreaterThan(0);

    const [left, replayed] = await Promise.all([leftReadModels(dir), replayedReadModels(dir)]);
    expect(left.position).toBe(replayed.position);
    expect(left.models).toEqual(replayed.models);
  });

  it('keeps the read models exact when the projector alone is killed mid-batch, again and again', async () => {
    const seed = Date.now();
    const random = seeded(seed);
    const api = await startService('api', dir);
    for (let batch = 0; batch < 3; batch++) {
      const range = { prefix: `B${batch}-`, start: 0, count: 5_000, width: 5 };
      expect((await post(api, '/v1/units/batch', { sku: 'PUMP', location: 'WH-A', range })).status).toBe(201);
    }
    for (let i = 0; i < 300; i++) expect((await post(api, `/v1/units/PUMP/B0-${String(i).padStart(5, '0')}/moves`, { to: 'WH-B' })).status).toBe(201);

    const env = { PROJECTOR_BATCH_SIZE: '500' };
    for (let round = 0; round < 4; round++) {
      const projector = await startService('projector', dir, env);
      await sleep(50 + random() * 400);
      await kill(projector);
    }
    const projector = await startService('projector', dir, env);
    const head = await caughtUp(api).catch((error) => {
      throw new Error(`seed ${seed}: ${error}`);
    });
    projector.signal('SIGTERM');
    api.signal('SIGTERM');
    await Promise.all([projector.exited, api.exited]);

    const [left, replayed] = await Promise.all([leftReadModels(dir), replayedReadModels(dir)]);
    expect(left.position).toBe(head);
    expect(left.models).toEqual(replayed.models);
  });

  it('stops on SIGTERM within 10 s: requests in flight finish, the projector ends its batch cleanly', async () => {
    const service = await startService('api+projector', dir);
    const bulk = (i: number) =>
      post(service, '/v1/units/batch', { sku: 'PUMP', location: 'WH-A', range: { prefix: `T${i}-`, start: 0, count: 2_000, width: 4 } });
    const inFlight = Array.from({ length: 12 }, (_, i) => bulk(i));
    await sleep(100);
    service.signal('SIGTERM');
    const answers = await Promise.all(inFlight);
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(201));
    const ended = await service.exited;
    expect(ended.afterMs).toBeLessThan(10_000);
    expect(ended.signal ?? ended.code).toBe('SIGTERM');
    expect(service.output()).toMatch(/SIGTERM: finishing in-flight requests/);

    const assigned = (await log(dir)).filter((event) => event.type === 'SerialAssigned');
    expect(assigned).toHaveLength(12 * 2_000);
    const again = await startService('api+projector', dir);
    await caughtUp(again);
    again.signal('SIGTERM');
    await again.exited;
    const [left, replayed] = await Promise.all([leftReadModels(dir), replayedReadModels(dir)]);
    expect(left.models).toEqual(replayed.models);
  });
});
