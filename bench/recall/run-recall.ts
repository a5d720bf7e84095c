import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureRecall } from '../figures/recall';
import { parseOptions } from '../options';

/** `node dist/bench/recall/run-recall.js [--size large]`: the recall figures alone, for working on them. */
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const workDir = mkdtempSync(join(tmpdir(), 'trace-bench-recall-'));
  try {
    for (const row of await measureRecall(options, workDir)) console.log(`${row.id} | ${row.what} | ${row.result} | ${row.target} | ${row.verdict}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
