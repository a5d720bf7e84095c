import { removeDataDir, tempDataDir } from '../e2e/api';
import { post, printed, startService } from './service';

jest.setTimeout(120_000);

describe("npm start's projector thread", () => {
  it("projects the API's commits as they happen, not at its next look at the log", async () => {
    const dir = tempDataDir();
    // The thread looks at the log once a minute and a read waits up to 30 s: only being told of the commit projects it in time.
    const service = await startService('api+projector', dir, { EVENT_LOG_POLL_MS: '60000', MIN_POSITION_WAIT_MS: '30000' });
    try {
      await printed(service, /following the event log, in a thread of the API process/);
      const created = await post(service, '/v1/products', { sku: 'RELAYED-1', name: 'Told to the thread' });
      expect(created.status).toBe(201);
      const read = await fetch(`${service.url}/v1/products/RELAYED-1`, {
        headers: { authorization: `Bearer ${service.key}`, 'X-Min-Position': String(created.body.position) },
      });
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ sku: 'RELAYED-1', name: 'Told to the thread' });
    } finally {
      service.signal('SIGTERM');
      await service.exited;
      removeDataDir(dir);
    }
  });
});
