import { EventStats, ProjectionStatuses } from '@trace/application';
import { Command } from 'commander';
import { CliIo, Interrupted, print } from '../io';
import { eventFilter, withEventFilter } from '../options';
import { progressBar } from '../progress';
import { withStores } from '../stores-context';
import { table } from '../table';
import { globalOptions } from '../global-options';

type StatsOptions = Parameters<typeof eventFilter>[0] & { json?: boolean };

const rows = (counts: Record<string, number>, label: string) => Object.entries(counts).map(([key, events]) => ({ [label]: key, events }));

export function statsCommand(io: CliIo): Command {
  return withEventFilter(new Command('stats'))
    .description("events by type and by day, and each projection's generation, position and lag")
    .option('--json', 'JSON instead of tables')
    .addHelpText('after', '\nExamples:\n  trace stats\n  trace stats --from-time 2026-01-01 --stream-prefix unit- --json')
    .action((options: StatsOptions, command: Command) => {
      const filter = eventFilter(options);
      const progress = progressBar(io, 'stats', globalOptions(command).progress);
      return withStores(io, async (app) => {
        const counts = await app
          .get(EventStats)
          .count(filter, { signal: io.signal, onProgress: progress.update })
          .finally(() => progress.stop());
        if (io.signal.aborted) throw new Interrupted('stats interrupted; nothing printed');
        const projections = await app.get(ProjectionStatuses).report();
        if (options.json) return print(io, `${JSON.stringify({ events: counts, ...projections }, null, 2)}\n`);
        const replays = projections.projections.map((p) => ({ ...p, replay: p.replay ? `generation ${p.replay.generation} at ${p.replay.position}` : '' }));
        await print(
          io,
          [
            `events: ${counts.total} (log head at position ${projections.head})\n`,
            table(
              rows(counts.byType, 'type').sort((a, b) => b.events - a.events),
              ['type', 'events'],
            ),
            table(
              rows(counts.byDay, 'day').sort((a, b) => (a.day < b.day ? -1 : 1)),
              ['day', 'events'],
            ),
            table(replays, ['name', 'generation', 'position', 'lag', 'replay']),
          ].join('\n'),
        );
      });
    });
}
