import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureEpcisCapture } from './epcis/epcis-capture';
import { measureEpcisQuery } from './epcis/epcis-query';
import { measureClaims } from './figures/claims';
import { measureCounts } from './figures/counts';
import { measureFind } from './figures/find';
import { measureLots } from './figures/lots';
import { measureRecall } from './figures/recall';
import { measureScans } from './figures/scans';
import { Row } from './figures/row';
import { hostReference } from './machine';
import { BenchOptions, parseOptions } from './options';

/** Figures that set up their own data, so they can be measured alone while working on them. */
const ALONE: Record<string, (options: BenchOptions, workDir: string) => Promise<Row[]>> = {
  recall: measureRecall,
  lots: measureLots,
  find: measureFind,
  scans: measureScans,
  counts: measureCounts,
  claims: measureClaims,
  'epcis-capture': measureEpcisCapture,
  'epcis-query': measureEpcisQuery,
};

/** `node dist/bench/run-figures.js recall|lots|find|scans|counts|claims|epcis-capture|epcis-query [--size large] [--runs N]`: one group of figures, as a table's lines. */
async function main(): Promise<void> {
  const [group, ...rest] = process.argv.slice(2);
  const measure = ALONE[group];
  if (!measure) throw new Error(`usage: node dist/bench/run-figures.js ${Object.keys(ALONE).join('|')} [--size quick|large] [--runs N]`);
  const options = parseOptions(rest);
  const workDir = mkdtempSync(join(tmpdir(), `trace-bench-${group}-`));
  try {
    const before = hostReference('before the figures');
    for (const row of await measure(options, workDir)) console.log(`${row.id} | ${row.what} | ${row.result} | ${row.target} | ${row.verdict}`);
    console.log(`host speed: the reference work took ${before} ms before the figures, ${hostReference('after the figures')} ms after (lower is faster)`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
