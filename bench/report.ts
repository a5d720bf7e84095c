import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Row } from './figures/row';
import { MachineFacts } from './machine';
import { BenchOptions } from './options';

export interface Report {
  command: string;
  startedAt: string;
  minutes: number;
  machine: MachineFacts;
  options: BenchOptions;
  dataset: { units: number; lots: number; events: number; setupSeconds: number; setupEventsPerSecond: number; setupPath: string };
  rows: Row[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function markdown(report: Report): string {
  const { machine, dataset } = report;
  const lines = [
    `\`${report.command}\` — ${report.options.size} size, median of ${report.options.runs} runs, ${report.startedAt.slice(0, 10)}, ` +
      `commit ${machine.commit}${machine.dirty ? ' (with uncommitted changes)' : ''}, ${report.minutes.toFixed(1)} min in all.`,
    `Machine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}; ` +
      `the reference work took ${machine.referenceMs.before} ms before the figures and ${machine.referenceMs.after} ms after (lower is faster).`,
    `Data set: ${dataset.units.toLocaleString('en-US')} units in ${dataset.lots.toLocaleString('en-US')} lots, ${dataset.events.toLocaleString('en-US')} events, ` +
      `written in ${dataset.setupSeconds.toFixed(1)} s (${Math.round(dataset.setupEventsPerSecond).toLocaleString('en-US')} events/s) ${dataset.setupPath}.`,
    '',
    '| id | what | result (median) | target | verdict |',
    '|---|---|---|---|---|',
    ...report.rows.map((row) => `| ${cell(row.id)} | ${cell(row.what)} | ${cell(row.result)} | ${cell(row.target)} | ${row.verdict} |`),
  ];
  return lines.join('\n');
}

/** Writes the report under bench/results/ (git-ignored) and answers the file's path. */
export function saveJson(report: Report): string {
  const directory = join(__dirname, '..', '..', 'bench', 'results');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${report.startedAt.replace(/[:.]/g, '-')}-${report.options.size}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
