import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  BAD_CELL_LOT,
  BAD_PACK_LOT,
  cellLotOf,
  claimAppends,
  claimedUnits,
  CLAIMS,
  CLAIMS_SKU,
  CLAIMS_UNITS,
  claimsLotAppends,
  claimsUnitAppends,
  packLotOf,
} from '../claims/claims-dataset';
import { writeLog } from '../dataset/event-log';
import { json } from '../http-json';
import { Target } from '../load/load';
import { BenchOptions } from '../options';
import { catchUp } from '../projector/catch-up';
import { startServer } from '../server';
import { median, msSince } from '../stats';
import { ms, num, progress, repeat, Row, verdict } from './row';

const TARGET_MS = 1_000;
const GROUPINGS = ['lot', 'component-lot'] as const;
type Grouping = (typeof GROUPINGS)[number];

interface Item {
  lotId: string;
  claims: number;
  sold: number;
  rate: number | null;
  ratio: number | null;
}
interface ClaimRates {
  sku: string;
  by: Grouping;
  baseline: { claims: number; sold: number; rate: number | null };
  items: Item[];
}

const pathOf = (by: Grouping) => `/v1/analytics/claim-rates?sku=${CLAIMS_SKU}&by=${by}`;

/** What the answer must say, from the generated log (every pack sold): every lot, its claims and units sold, by rate then lot id. */
function expectedItems(claimed: Set<number>, by: Grouping): Array<Pick<Item, 'lotId' | 'claims' | 'sold'>> {
  const lotOf = by === 'lot' ? packLotOf : cellLotOf;
  const lots = new Map<string, { claims: number; sold: number }>();
  for (let unit = 0; unit < CLAIMS_UNITS; unit++) {
    const lot = lots.get(lotOf(unit)) ?? { claims: 0, sold: 0 };
    lot.sold++;
    if (claimed.has(unit)) lot.claims++;
    lots.set(lotOf(unit), lot);
  }
  return [...lots].map(([lotId, lot]) => ({ lotId, ...lot })).sort((a, b) => b.claims / b.sold - a.claims / a.sold || (a.lotId < b.lotId ? -1 : 1));
}

const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** The answer is right before it is timed: the baseline, every lot's numbers in order, rates and ratios; anything else fails the run. */
async function checkAnswer(target: Target, claimed: Set<number>, by: Grouping): Promise<ClaimRates> {
  const answer = (await json(target, pathOf(by))) as unknown as ClaimRates;
  const baseline = CLAIMS / CLAIMS_UNITS;
  const problems: string[] = [];
  if (answer.baseline.claims !== CLAIMS || answer.baseline.sold !== CLAIMS_UNITS || !close(answer.baseline.rate, baseline)) {
    problems.push(`baseline ${JSON.stringify(answer.baseline)}, not ${CLAIMS} claims of ${CLAIMS_UNITS} sold`);
  }
  const expected = expectedItems(claimed, by);
  if (answer.items.length !== expected.length) problems.push(`${answer.items.length} lots, not ${expected.length}`);
  expected.forEach((want, i) => {
    const got = answer.items[i];
    const rate = want.claims / want.sold;
    if (
      !got ||
      got.lotId !== want.lotId ||
      got.claims !== want.claims ||
      got.sold !== want.sold ||
      !close(got.rate, rate) ||
      !close(got.ratio, rate / baseline)
    ) {
      problems.push(`item ${i}: ${JSON.stringify(got)}, not ${JSON.stringify({ ...want, rate, ratio: rate / baseline })}`);
    }
  });
  const skewed = by === 'lot' ? BAD_PACK_LOT : BAD_CELL_LOT;
  if (answer.items[0]?.lotId !== skewed) problems.push(`${answer.items[0]?.lotId} ranks first, not ${skewed}, claimed three times as often`);
  if (problems.length) throw new Error(`W1 GET ${pathOf(by)} answered wrong:\n${problems.slice(0, 10).join('\n')}`);
  return answer;
}

/**
 * W1 at the size whatever `--size`: a million packs of one SKU in 100 lots, each with cells consumed from
 * one of 50 supplier lots, all sold, and 10,000 warranty claims, one pack lot and one cell lot claimed three times
 * as often; written through the event store, projected by the real projector, then asked over HTTP by lot and by
 * component lot (median of runs), each answer checked against what was generated first.
 */
export async function measureClaims(options: BenchOptions, workDir: string): Promise<Row[]> {
  const dataDir = join(workDir, 'claims');
  mkdirSync(dataDir, { recursive: true });
  progress(`W1 claim rates: writing ${num(CLAIMS_UNITS)} packs (cells consumed, sold) and ${num(CLAIMS)} claims, then projecting them`);
  const claimed = claimedUnits();
  const eventsFile = join(dataDir, 'events.sqlite');
  const written = process.hrtime.bigint();
  let events = 0;
  for (const appends of [claimsLotAppends(), claimsUnitAppends(claimed), claimAppends(claimed)]) events += (await writeLog(eventsFile, appends)).events;
  progress(`W1: ${num(events)} events written in ${ms(msSince(written))}`);
  const projected = await catchUp({ eventsFile, readFile: join(dataDir, 'read-models.sqlite'), mode: 'batched' });
  progress(`W1: projected in ${ms(projected.ms)}`);
  const server = await startServer(dataDir, { EVENT_STORE_SYNCHRONOUS: 'FULL' });
  try {
    const lots: Record<Grouping, number> = { lot: 0, 'component-lot': 0 };
    for (const by of GROUPINGS) lots[by] = (await checkAnswer(server, claimed, by)).items.length;
    progress(`W1 GET ${pathOf('lot')} and ${pathOf('component-lot')}, ${options.runs} runs`);
    const runs = await repeat(options.runs, async () => {
      const times: Record<string, number> = {};
      for (const by of GROUPINGS) {
        const started = process.hrtime.bigint();
        await json(server, pathOf(by));
        times[by] = msSince(started);
      }
      return times;
    });
    return GROUPINGS.map((by): Row => {
      const time = median(runs.map((run) => run[by]));
      return {
        id: 'W1',
        what: `GET ${pathOf(by)}: ${num(lots[by])} lots ranked, over ${num(CLAIMS_UNITS)} units sold and ${num(CLAIMS)} claims`,
        result: ms(time),
        target: `≤ ${num(TARGET_MS)} ms`,
        verdict: verdict(time <= TARGET_MS),
        runs: runs.map((run) => run[by]),
      };
    });
  } finally {
    await server.stop();
  }
}
