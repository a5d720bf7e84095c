import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { removeDataDir, tempDataDir } from '../e2e/api';
import { printed, ServiceProcess, startService } from './service';

jest.setTimeout(120_000);

async function priorityOf(env: Record<string, string>): Promise<{ nice: number; projector: ServiceProcess }> {
  const dir = tempDataDir();
  const projector = await startService('projector', dir, env);
  try {
    return { nice: getPriority(projector.child.pid), projector };
  } finally {
    projector.signal('SIGTERM');
    await projector.exited;
    removeDataDir(dir);
  }
}

describe('the projector process on a machine it shares with the API', () => {
  // A nice value is absolute: from a test runner already niced above 10 the projector keeps the runner's.
  const own = getPriority();

  it('runs at nice 10 unless told otherwise, so it yields the CPU to the API', async () => {
    expect((await priorityOf({})).nice).toBe(Math.max(10, own));
  });

  it('runs at the priority it was started with when PROJECTOR_NICE is 0', async () => {
    const { nice, projector } = await priorityOf({ PROJECTOR_NICE: '0' });
    expect(nice).toBe(own);
    expect(projector.output()).not.toMatch(/could not be applied/);
  });
});

/** Each thread's nice value, from /proc: the 19th field of its stat line (the 17th after the parenthesised name). */
function niceOfThreads(pid: number): Map<number, number> {
  const tasks = readdirSync(`/proc/${pid}/task`).map(Number);
  return new Map(tasks.map((tid) => [tid, Number(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16])]));
}

// Threads' own nice values are Linux's; elsewhere npm start leaves the priority alone.
(process.platform === 'linux' ? describe : describe.skip)('npm start, whose projector is a thread of the API process', () => {
  it('runs the projector in a thread of its own at nice 10, the API thread at its usual priority', async () => {
    const own = getPriority();
    const dir = tempDataDir();
    const service = await startService('api+projector', dir);
    try {
      // The thread's lines reach the process's output through the main thread, a moment later.
      await printed(service, /following the event log, in a thread of the API process/);
      const pid = service.child.pid as number;
      const threads = niceOfThreads(pid);
      expect(threads.get(pid)).toBe(own);
      // The projector's thread and the read store's writer thread it started (from a runner niced above 10, its value).
      expect([...threads.values()].filter((nice) => nice === Math.max(10, own)).length).toBeGreaterThanOrEqual(2);
    } finally {
      service.signal('SIGTERM');
      await service.exited;
      removeDataDir(dir);
    }
  });
});
