import { AppendRequest } from '@trace/event-store';
import { join } from 'node:path';
import { Appender, Durability, OpenAppender } from '../append/appender';
import { openEmmettPeer } from '../append/emmett-peer';
import { openOurStore } from '../append/our-appender';
import { openRawCeiling } from '../append/raw-ceiling';
import { SupplyChainPlan } from '../dataset/plan';
import { supplyChainAppends } from '../dataset/supply-chain';
import { BenchOptions } from '../options';
import { median, msSince, perSecond } from '../stats';
import { num, progress, ratio, repeat, Row, verdict } from './row';

interface Workload {
  /** The start of the log, in multi-stream batches (bulk assignments, life steps of whole lots). */
  batches: AppendRequest[][];
  batchEvents: number;
  /** The requests right after, one transaction each (single commands): new units and lives of older ones. */
  singles: AppendRequest[];
}

interface StoreRates {
  batchedEventsPerSecond: number;
  singleAppendsPerSecond: number;
}

const CONTENDERS: Record<'ours' | 'peer' | 'ceiling', OpenAppender> = { ours: openOurStore, peer: openEmmettPeer, ceiling: openRawCeiling };

function* requestsOf(plan: SupplyChainPlan): Generator<AppendRequest> {
  for (const batch of supplyChainAppends(plan)) yield* batch;
}

function workload(plan: SupplyChainPlan, options: BenchOptions['appends']): Workload {
  const requests = requestsOf(plan);
  const batched: AppendRequest[] = [];
  const singles: AppendRequest[] = [];
  let batchEvents = 0;
  for (let next = requests.next(); !next.done && singles.length < options.single; next = requests.next()) {
    if (batchEvents < options.bulkEvents) {
      batched.push(next.value);
      batchEvents += next.value.events.length;
    } else {
      singles.push(next.value);
    }
  }
  const batches: AppendRequest[][] = [];
  for (let i = 0; i < batched.length; i += options.bulkSize) batches.push(batched.slice(i, i + options.bulkSize));
  return { batches, batchEvents, singles };
}

async function measureStore(open: OpenAppender, file: string, durability: Durability, work: Workload): Promise<StoreRates> {
  const store: Appender = await open(file, durability);
  try {
    const batchedStart = process.hrtime.bigint();
    for (const batch of work.batches) await store.appendBatch(batch);
    const batchedMs = msSince(batchedStart);
    const singleStart = process.hrtime.bigint();
    for (const request of work.singles) await store.appendOne(request);
    const singleMs = msSince(singleStart);
    return { batchedEventsPerSecond: perSecond(work.batchEvents, batchedMs), singleAppendsPerSecond: perSecond(work.singles.length, singleMs) };
  } finally {
    await store.close();
  }
}

/**
 * P7: the same append requests into our store, the peer and the raw ceiling, each on a fresh file with the same
 * durability; ratios are taken within each run, then their median reported.
 */
export async function measureAppends(options: BenchOptions, plan: SupplyChainPlan, workDir: string): Promise<Row[]> {
  const work = workload(plan, options.appends);
  const rows: Row[] = [];
  for (const durability of ['FULL', 'NORMAL'] as const) {
    progress(
      `P7 appends, synchronous=${durability}: ${num(work.batchEvents)} events in batches of ${num(options.appends.bulkSize)} requests, then ${num(work.singles.length)} single appends`,
    );
    const runs = await repeat(options.runs, async (run) => {
      const rates = {} as Record<keyof typeof CONTENDERS, StoreRates>;
      for (const [name, open] of Object.entries(CONTENDERS)) {
        rates[name as keyof typeof CONTENDERS] = await measureStore(open, join(workDir, `p7-${durability}-${run}-${name}.sqlite`), durability, work);
      }
      return {
        rates,
        batched: {
          vsPeer: rates.ours.batchedEventsPerSecond / rates.peer.batchedEventsPerSecond,
          vsCeiling: rates.ours.batchedEventsPerSecond / rates.ceiling.batchedEventsPerSecond,
        },
        single: {
          vsPeer: rates.ours.singleAppendsPerSecond / rates.peer.singleAppendsPerSecond,
          vsCeiling: rates.ours.singleAppendsPerSecond / rates.ceiling.singleAppendsPerSecond,
        },
      };
    });
    for (const shape of ['batched', 'single'] as const) {
      const rate = (name: keyof typeof CONTENDERS) =>
        median(runs.map((run) => (shape === 'batched' ? run.rates[name].batchedEventsPerSecond : run.rates[name].singleAppendsPerSecond)));
      const vsPeer = median(runs.map((run) => run[shape].vsPeer));
      const vsCeiling = median(runs.map((run) => run[shape].vsCeiling));
      const unit = shape === 'batched' ? 'events/s' : 'appends/s';
      rows.push({
        id: `P7 ${shape === 'batched' ? 'batched' : 'single'} ${durability}`,
        what:
          shape === 'batched'
            ? `append ${num(work.batchEvents)} events, ${num(options.appends.bulkSize)} streams per transaction, synchronous=${durability}`
            : `append ${num(work.singles.length)} commands, one transaction each, synchronous=${durability}`,
        result: `ours ${num(rate('ours'))} ${unit}; peer ${num(rate('peer'))}; ceiling ${num(rate('ceiling'))} → ${ratio(vsPeer)} the peer, ${ratio(vsCeiling)} the ceiling`,
        target: '≥ 2× the peer; ≥ 0.5× the ceiling',
        verdict: verdict(vsPeer >= 2 && vsCeiling >= 0.5),
        runs: runs.map((run) => ({ ...run.rates, ratios: run[shape] })),
      });
    }
  }
  return rows;
}
