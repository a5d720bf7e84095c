import { removeDataDir, tempDataDir } from '../e2e/api';
import { post, ServiceProcess, startService } from './service';

jest.setTimeout(120_000);

/** Every line a stopped service printed, each parsed: fails on any line that is not one JSON object. */
async function jsonLinesOf(service: ServiceProcess): Promise<Record<string, unknown>[]> {
  await service.exited;
  return service
    .output()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON line: ${line}`);
      }
    });
}

describe('the log of the built processes, whose output is not a terminal', () => {
  let dir: string;
  beforeEach(() => (dir = tempDataDir()));
  afterEach(() => removeDataDir(dir));

  it('is JSON from start to stop for the API with its projector: Nest, the requests, the shutdown', async () => {
    const service = await startService('api+projector', dir);
    const refused = await post(service, '/v1/units', { sku: 'PUMP', serial: 'SN-0', location: 'WH-A' }, { authorization: 'Bearer s3cret' });
    expect(refused.status).toBe(401);
    const answer = await post(service, '/v1/units', { sku: 'PUMP', serial: 'SN-1', location: 'WH-A' }, { 'X-Actor': 'mes-1' });
    expect(answer.status).toBe(201);
    service.signal('SIGTERM');
    const lines = await jsonLinesOf(service);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'info', context: 'NestApplication', msg: 'Nest application successfully started' }));
    expect(lines).toContainEqual(expect.objectContaining({ context: 'Api', msg: expect.stringMatching(/^listening on /) }));
    expect(lines.filter((line) => line.context === 'Request')).toEqual([
      expect.objectContaining({ method: 'POST', route: null, status: 401, principal: null, correlationId: refused.headers.get('x-correlation-id') }),
      expect.objectContaining({ method: 'POST', route: '/v1/units', status: 201, principal: 'admin', correlationId: answer.headers.get('x-correlation-id') }),
    ]);
    expect(lines).toContainEqual(expect.objectContaining({ context: 'Shutdown', msg: 'SIGTERM: finishing in-flight requests and the batch in hand' }));
    expect(service.output()).not.toContain('s3cret');
    expect(service.output()).not.toContain(service.key);
  });

  it('is JSON for the projector alone', async () => {
    const projector = await startService('projector', dir);
    projector.signal('SIGTERM');
    const lines = await jsonLinesOf(projector);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'info', context: 'Projector', msg: 'following the event log' }));
    expect(lines).toContainEqual(expect.objectContaining({ context: 'Shutdown' }));
  });
});
