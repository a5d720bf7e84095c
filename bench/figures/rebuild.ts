import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { BenchOptions } from '../options';
import { catchUp } from '../projector/catch-up';
import { median, perSecond } from '../stats';
import { num, progress, repeat, Row, verdict } from './row';

const TWO_MINUTES_MS = 120_000;
const RSS_LIMIT_MB = 512;

/**
 * P6 and P8: all projections rebuilt from the whole data set into a fresh read store, in a child process whose
 * peak RSS is P8. The last rebuild becomes the read models the API serves for P4 and P5.
 */
export async function measureRebuild(options: BenchOptions, eventsFile: string, dataDir: string): Promise<Row[]> {
  const runs = await repeat(options.runs, async (run) => {
    progress(`P6/P8 rebuild of all projections from the whole log, run ${run + 1} of ${options.runs}`);
    const readFile = join(dataDir, `rebuild-${run}.sqlite`);
    const result = await catchUp({ eventsFile, readFile, mode: 'batched' });
    if (run === options.runs - 1) renameSync(readFile, join(dataDir, 'read-models.sqlite'));
    return { ...result, rate: perSecond(result.events, result.ms) };
  });
  const seconds = median(runs.map((run) => run.ms)) / 1000;
  const peakRssMb = median(runs.map((run) => run.peakRssMb));
  const large = options.size === 'large';
  return [
    {
      id: 'P6',
      what: `rebuild of all projections from ${num(runs[0].events)} events`,
      result: `${num(seconds)} s (${num(median(runs.map((run) => run.rate)))} events/s)`,
      target: '≤ 2 min at the large size',
      verdict: large ? verdict(seconds * 1000 <= TWO_MINUTES_MS) : 'target is for the large size',
      runs,
    },
    {
      id: 'P8',
      what: 'peak RSS of the projector process during that catch-up',
      result: `${num(peakRssMb)} MB`,
      target: `≤ ${RSS_LIMIT_MB} MB at the large size`,
      verdict: large ? verdict(peakRssMb <= RSS_LIMIT_MB) : 'target is for the large size',
      runs: runs.map((run) => run.peakRssMb),
    },
  ];
}
