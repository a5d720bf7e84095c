import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from './service';

/** A program whose last work is closing the SQLite event store (the CLI's commands, the bench) goes on after it. */
describe('closing the SQLite event store in a process with nothing else to do', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'trace-close-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('waits for its checkpointer thread and returns, with everything written readable after', () => {
    ensureBuilt();
    const store = join(ROOT, 'dist', 'libs', 'event-store', 'src', 'sqlite', 'sqlite-event-store.js');
    const program = `
      const { SqliteEventStore } = require(${JSON.stringify(store)});
      const file = ${JSON.stringify(join(dir, 'events.sqlite'))};
      const event = (id) => ({ eventId: id, type: 'Happened', data: {}, occurredAt: '2026-01-01T00:00:00.000Z',
        metadata: { commandId: 'c-' + id, correlationId: 'c', causationId: 'c', actor: 'test', schemaVersion: 1 } });
      (async () => {
        const first = new SqliteEventStore({ file });
        await first.append('unit-a', [event('e-1')], 'no_stream');
        await first.close();
        const again = new SqliteEventStore({ file });
        console.log('closed, read back:', (await again.readStream('unit-a')).length);
        await again.close();
        console.log('closed again');
      })();`;
    const ran = spawnSync(process.execPath, ['-e', program], { encoding: 'utf8', timeout: 30_000 });
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toBe('closed, read back: 1\nclosed again\n');
    expect(ran.status).toBe(0);
  });
});
