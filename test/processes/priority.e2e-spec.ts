import { getPriority } from 'node:os';
import { removeDataDir, tempDataDir } from '../e2e/api';
import { ServiceProcess, startService } from './service';

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
