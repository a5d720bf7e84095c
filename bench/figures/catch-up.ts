import { join } from 'node:path';
import { copyLogPrefix } from '../dataset/event-log';
import { BenchOptions } from '../options';
import { catchUp } from '../projector/catch-up';
import { median, perSecond } from '../stats';
import { num, progress, ratio, repeat, Row, verdict } from './row';

/** P3: the real Projector against one transaction per event, on the same first events of the data set. */
export async function measureCatchUp(options: BenchOptions, eventsFile: string, workDir: string): Promise<Row> {
  const fixture = join(workDir, 'p3-events.sqlite');
  await copyLogPrefix(eventsFile, fixture, options.catchUpEvents);
  progress(`P3 catch-up from 0 of ${num(options.catchUpEvents)} events: real projector, then one transaction per event`);
  const runs = await repeat(options.runs, async (run) => {
    const batched = await catchUp({ eventsFile: fixture, readFile: join(workDir, `p3-batched-${run}.sqlite`), mode: 'batched' });
    const oneByOne = await catchUp({ eventsFile: fixture, readFile: join(workDir, `p3-one-by-one-${run}.sqlite`), mode: 'one-by-one' });
    const rate = perSecond(batched.events, batched.ms);
    const naiveRate = perSecond(oneByOne.events, oneByOne.ms);
    return { events: batched.events, batchedMs: batched.ms, oneByOneMs: oneByOne.ms, rate, naiveRate, speedUp: rate / naiveRate };
  });
  const rate = median(runs.map((run) => run.rate));
  const speedUp = median(runs.map((run) => run.speedUp));
  return {
    id: 'P3',
    what: `projector catch-up from position 0, ${num(runs[0].events)} events, all projections into SQLite`,
    result: `${num(rate)} events/s; naive ${num(median(runs.map((run) => run.naiveRate)))} events/s → ${ratio(speedUp)}`,
    target: '≥ 50,000 events/s and ≥ 10× naive',
    verdict: verdict(rate >= 50_000 && speedUp >= 10),
    runs,
  };
}
