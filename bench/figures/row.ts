/** One line of the results table, with the per-run measurements behind it for the JSON file. */
export interface Row {
  id: string;
  what: string;
  /** The median figures, formatted. */
  result: string;
  target: string;
  verdict: 'met' | 'missed' | 'target is for the large size' | 'not available';
  runs: unknown[];
}

export const verdict = (met: boolean): Row['verdict'] => (met ? 'met' : 'missed');

const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const formatSmall = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Whole numbers with thousands separators, small ones with two decimals. */
export const num = (value: number): string => (Math.abs(value) >= 100 ? format.format(value) : formatSmall.format(value));
export const ms = (value: number): string => `${formatSmall.format(value)} ms`;
export const ratio = (value: number): string => `${formatSmall.format(value)}×`;

/** Runs `measure` `runs` times, one after the other. */
export async function repeat<T>(runs: number, measure: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < runs; run++) results.push(await measure(run));
  return results;
}

/** Progress goes to stderr, so stdout carries the table alone. */
export const progress = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};
