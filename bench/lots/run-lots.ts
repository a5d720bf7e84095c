import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureLots } from '../figures/lots';
import { parseOptions } from '../options';

/** `node dist/bench/lots/run-lots.js [--size large] [--runs N]`: the lot figures (L1–L3) alone, for working on them. */
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const workDir = mkdtempSync(join(tmpdir(), 'trace-bench-lots-'));
  try {
    for (const row of await measureLots(options, workDir)) console.log(`${row.id} | ${row.what} | ${row.result} | ${row.target} | ${row.verdict}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
