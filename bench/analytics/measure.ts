import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureAnalytics } from '../figures/analytics';
import { parseOptions } from '../options';

/** `node dist/bench/analytics/measure.js [--size large] [--runs N]`: the analysts' figures alone, for working on them. */
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const workDir = mkdtempSync(join(tmpdir(), 'trace-bench-analytics-'));
  try {
    for (const row of await measureAnalytics(options, workDir)) console.log(`${row.id} | ${row.what} | ${row.result} | ${row.target} | ${row.verdict}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
