import { mkdtempSync, readFileSync } from 'node:fs';
import { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeDataDir, startApi, tempDataDir } from '../e2e/api';
import { ensureBuilt, ROOT } from '../processes/service';
import { readPages } from './pages';
import { missingTools, runPage } from './session';

/**
 * A page takes seconds (the analysts' page, whose every `npx trace` starts a process, about 20 s on two idle cores);
 * the bound is for a machine busy with other suites, and ends a session stuck in a loop.
 */
const SESSION_TIMEOUT_MS = 150_000;

/**
 * The documentation's walk-throughs, run as a reader runs them: every ```bash block of each page (README.md and
 * docs/*.md), in order, in one bash session against a service started for that page on an empty store, every answer
 * written after a command held against the real one. The conventions are in pages.ts and answers.ts.
 */
describe('the walk-throughs in the docs', () => {
  const pages = readPages(ROOT).filter((page) => page.blocks.length > 0);
  const { bin } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { trace: string } };

  beforeAll(() => {
    const missing = missingTools();
    if (missing.length > 0) throw new Error(`the walk-throughs need ${missing.join(', ')} on PATH`);
    // The analysts' page runs `npx trace`, the built CLI.
    ensureBuilt();
  }, 60_000);

  it('finds the pages with walk-throughs', () => {
    expect(pages.map((page) => page.path)).toEqual(
      expect.arrayContaining(['README.md', 'docs/operators.md', 'docs/recall-coordinators.md', 'docs/analysts.md', 'docs/operations.md', 'docs/api.md']),
    );
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s answers as written',
    async (_path, page) => {
      const dataDir = tempDataDir();
      const workDir = mkdtempSync(join(tmpdir(), 'trace-docs-'));
      const api = await startApi(dataDir);
      try {
        await api.app.listen(0, '127.0.0.1');
        const { port } = (api.app.getHttpServer() as Server).address() as AddressInfo;
        const result = await runPage(page, {
          api: `http://127.0.0.1:${port}`,
          dataDir,
          workDir,
          traceBin: join(ROOT, bin.trace),
          timeoutMs: SESSION_TIMEOUT_MS,
        });
        if (result.failures.length > 0) throw new Error(`${result.failures.length} difference(s) from the page:\n\n${result.failures.join('\n\n')}`);
        expect(result.commands).toBeGreaterThan(0);
        expect(result.answersChecked).toBe(page.blocks.flatMap((block) => block.steps).filter((step) => step.answer !== undefined).length);
      } finally {
        await api.close();
        removeDataDir(dataDir);
        removeDataDir(workDir);
      }
    },
    SESSION_TIMEOUT_MS + 30_000,
  );
});
