import { ReadModelReplay, ReplayInterrupted } from '@trace/application';
import { ALL_PROJECTIONS } from '@trace/projections';
import { Command } from 'commander';
import { CliIo, Interrupted, print } from '../io';
import { list } from '../options';
import { progressBar } from '../progress';
import { withStores } from '../stores-context';
import { globalOptions } from '../global-options';

interface ReplayCommandOptions {
  projection?: string[];
  restart?: boolean;
  json?: boolean;
}

export function replayCommand(io: CliIo): Command {
  return new Command('replay')
    .description('rebuild read models from the log into a new generation while the current one keeps serving, then switch')
    .option('--projection <names>', `only these projections (comma-separated, repeatable): ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`, list)
    .option('--restart', 'abandon an unfinished replay instead of resuming it')
    .option('--json', 'print the outcome as JSON')
    .addHelpText(
      'after',
      `
Queries keep being answered from the current generation, and the live projector keeps it current, until the
new one has caught up; the switch is atomic and the replaced tables are dropped (on the embedded store, a
replay of every projection is built in a file of its own, and the replaced file is deleted). Interrupted
(Ctrl-C, a crash), the next "trace replay" resumes where it stopped.

Examples:
  trace replay
  trace replay --projection location-intervals`,
    )
    .action((options: ReplayCommandOptions, command: Command) => {
      const progress = progressBar(io, 'replay', globalOptions(command).progress);
      return withStores(io, async (app) => {
        const outcome = await app
          .get(ReadModelReplay)
          .replay({
            projections: options.projection,
            restart: options.restart,
            signal: io.signal,
            onProgress: ({ start, position, target }) => progress.update(position, { start, head: target }),
          })
          .catch((error) => {
            throw error instanceof ReplayInterrupted ? new Interrupted(error.message) : error;
          })
          .finally(() => progress.stop());
        if (options.json) return print(io, `${JSON.stringify(outcome, null, 2)}\n`);
        const resumed = outcome.resumedFrom ? ` (resumed from ${outcome.resumedFrom})` : '';
        const dropped = outcome.dropped.length ? `; dropped ${outcome.dropped.join(', ')}` : '';
        await print(
          io,
          `generation ${outcome.generation} is current: ${outcome.projections.join(', ')} rebuilt up to position ${outcome.position}${resumed}${dropped}\n`,
        );
      });
    });
}
