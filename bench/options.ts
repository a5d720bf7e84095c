/** What one `npm run bench` invocation measures, and how much of it. */
export interface BenchOptions {
  size: 'quick' | 'large';
  /** Repetitions of every figure; the table shows their median. */
  runs: number;
  dataset: { units: number; skus: number; minLotSize: number; maxLotSize: number };
  /** Events of the P3 catch-up, taken from the start of the data set (the naive projector replays them too). */
  catchUpEvents: number;
  /** P7: append requests committed one per transaction, and events appended in multi-stream batches. */
  appends: { single: number; bulkEvents: number; bulkSize: number };
  /** P2: requests of `POST /v1/units/batch` per run, 10,000 serials each. */
  bulkRequests: number;
  /** P1, P4, P5: seconds of load per run. */
  loadSeconds: number;
}

const SIZES: Record<BenchOptions['size'], Omit<BenchOptions, 'size' | 'runs'>> = {
  quick: {
    dataset: { units: 50_000, skus: 20, minLotSize: 1_000, maxLotSize: 3_000 },
    catchUpEvents: 30_000,
    appends: { single: 2_000, bulkEvents: 10_000, bulkSize: 1_000 },
    bulkRequests: 5,
    loadSeconds: 5,
  },
  large: {
    dataset: { units: 1_000_000, skus: 200, minLotSize: 1_000, maxLotSize: 3_000 },
    catchUpEvents: 200_000,
    appends: { single: 5_000, bulkEvents: 100_000, bulkSize: 1_000 },
    bulkRequests: 10,
    loadSeconds: 15,
  },
};

const USAGE = 'usage: npm run bench [-- --size quick|large] [--runs N]';

export function parseOptions(argv: string[]): BenchOptions {
  let size: BenchOptions['size'] = 'quick';
  let runs = 3;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--size' && (value === 'quick' || value === 'large')) size = value;
    else if (flag === '--runs' && /^[1-9]\d?$/.test(value ?? '')) runs = Number(value);
    else throw new Error(`unknown or invalid argument ${argv[i]}\n${USAGE}`);
  }
  return { size, runs, ...SIZES[size] };
}
