import { AnalystProjectionRunner } from '@trace/application';
import { Command } from 'commander';
import { loadAnalystProjection } from '../analyst-module';
import { CliIo, Interrupted, print } from '../io';
import { eventFilter, withEventFilter } from '../options';
import { progressBar } from '../progress';
import { withStores } from '../stores-context';
import { globalOptions } from '../global-options';

type RunOptions = Parameters<typeof eventFilter>[0];

export function runProjectionCommand(io: CliIo): Command {
  return withEventFilter(new Command('run-projection'))
    .description('run your own projection module over the history and print its result as JSON')
    .argument('<file>', 'a .js or .ts module exporting initialState, apply(state, event) and optionally result(state)')
    .addHelpText(
      'after',
      `
The module sees every event the filters let through, in log order, as exported by "trace export":
{position, stream, revision, eventId, type, occurredAt, recordedAt, data, metadata}.

Example (returns.ts):
  export const initialState = {} as Record<string, number>;
  export function apply(state: Record<string, number>, event: { type: string; occurredAt: string; data: { location?: string } }) {
    if (event.type === 'UnitReturned') state[event.data.location ?? '?'] = (state[event.data.location ?? '?'] ?? 0) + 1;
  }

  trace run-projection returns.ts --types UnitReturned --from-time 2026-01-01`,
    )
    .action((file: string, options: RunOptions, command: Command) => {
      const filter = eventFilter(options);
      const projection = loadAnalystProjection(file);
      const progress = progressBar(io, 'run-projection', globalOptions(command).progress);
      return withStores(io, async (app) => {
        const run = await app
          .get(AnalystProjectionRunner)
          .run(projection, filter, { signal: io.signal, onProgress: progress.update })
          .finally(() => progress.stop());
        if (io.signal.aborted) throw new Interrupted(`run-projection interrupted at position ${run.position}; nothing printed`);
        await print(io, `${JSON.stringify(run.result, null, 2)}\n`);
      });
    });
}
