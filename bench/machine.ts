import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export interface MachineFacts {
  cpuCount: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  commit: string;
  /** True when the working tree had uncommitted changes: the figures are of that tree, not of `commit`. */
  dirty: boolean;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function machineFacts(): MachineFacts {
  const cores = cpus();
  return {
    cpuCount: cores.length,
    cpuModel: cores[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain']) !== '',
  };
}
