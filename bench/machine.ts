import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { progress } from './figures/row';
import { median, msSince } from './stats';

export interface MachineFacts {
  cpuCount: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  commit: string;
  /** True when the working tree had uncommitted changes: the figures are of that tree, not of `commit`. */
  dirty: boolean;
  /** The host's speed when the figures were taken: see {@link referenceWorkMs}. */
  referenceMs: { before: number; after: number };
}

/** A fixed piece of CPU work like a capture's: 1,000 events' JSON written, read back and hashed, 20 times over. */
function referenceWork(): void {
  const events = Array.from({ length: 1_000 }, (_, i) => ({
    eventID: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    type: 'ObjectEvent',
    eventTime: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)).toISOString(),
    epcList: [`urn:epc:id:sgtin:0614141.107346.${i}`],
    action: 'OBSERVE',
    bizStep: 'shipping',
    readPoint: { id: 'urn:epc:id:sgln:0614141.07346.1234' },
  }));
  for (let round = 0; round < 20; round++) {
    const text = JSON.stringify(events);
    createHash('sha256')
      .update(JSON.stringify(JSON.parse(text)))
      .digest('hex');
  }
}

/**
 * Milliseconds the reference work takes here (the median of five): figures taken on a shared host move with how
 * busy its neighbours are, by a factor of three from one day to the next at worst so far. Two reports' figures compare fairly only
 * with their reference times beside them; lower is faster.
 */
export function referenceWorkMs(): number {
  const times = Array.from({ length: 5 }, () => {
    const started = process.hrtime.bigint();
    referenceWork();
    return msSince(started);
  });
  return Math.round(median(times) * 10) / 10;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function machineFacts(referenceMs: MachineFacts['referenceMs']): MachineFacts {
  const cores = cpus();
  return {
    cpuCount: cores.length,
    cpuModel: cores[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain']) !== '',
    referenceMs,
  };
}

/** The reference time, told as progress (`when`: before or after the figures) and answered. */
export function hostReference(when: string): number {
  const referenceMs = referenceWorkMs();
  progress(`host speed ${when}: the reference work took ${referenceMs} ms (lower is faster)`);
  return referenceMs;
}
