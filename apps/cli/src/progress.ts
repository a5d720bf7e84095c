import { Presets, SingleBar } from 'cli-progress';
import { CliIo } from './io';

/** Progress of a scan over log positions, drawn on stderr. */
export interface Progress {
  /** A function property, not a method: it is handed to the services as their progress callback. */
  update: (position: number, range: { start: number; head: number }) => void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/** A bar with rate and ETA on stderr when it is a terminal, or when asked for with --progress. */
export function progressBar(io: CliIo, label: string, forced: boolean): Progress {
  if (!forced && !io.stderr.isTTY) return SILENT;
  const bar = new SingleBar(
    {
      stream: io.stderr,
      format: `${label} [{bar}] {percentage}% | {value}/{total} positions | {rate}/s | ETA {eta_formatted}`,
      noTTYOutput: forced,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  let startedAt = 0;
  return {
    update(position, { start, head }) {
      const done = position - start;
      if (!startedAt) {
        startedAt = Date.now();
        bar.start(Math.max(head - start, 0), done, { rate: 0 });
        return;
      }
      const seconds = (Date.now() - startedAt) / 1000;
      // A replay that has to catch up with a live projector again gets a further target.
      bar.setTotal(Math.max(head - start, 0));
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds).toLocaleString('en') : 0 });
    },
    stop: () => bar.stop(),
  };
}
