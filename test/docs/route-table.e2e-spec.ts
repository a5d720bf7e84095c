import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeDataDir, RunningApi, startApi, tempDataDir } from '../e2e/api';
import { routesOf } from '../e2e/routes';
import { ROOT } from '../processes/service';

/** docs/api.md's route table against the routes the app serves, read from Nest's own route metadata. */
describe('the route table of docs/api.md', () => {
  let dir: string;
  let api: RunningApi;
  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir, false);
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  it('lists every route the service serves, and no other', () => {
    const markdown = readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8');
    const table = markdown.slice(markdown.indexOf('\n## Routes'));
    // The page writes `{unit}` for `{sku}/{serial}`.
    const documented = [...table.matchAll(/^\| (GET|POST|PUT|PATCH|DELETE|OPTIONS) \| `([^`]+)` \|/gm)].map(
      ([, method, path]) => `${method} ${path.replace('{unit}', '{sku}/{serial}')}`,
    );
    const served = routesOf(api.app).map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.length).toBeGreaterThan(0);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual([...served].sort());
  });
});
