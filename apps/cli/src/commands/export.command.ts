import { EventExport, EXPORT_FORMATS, ExportFormat } from '@trace/application';
import { Command, Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { CliIo, Interrupted } from '../io';
import { eventFilter, withEventFilter } from '../options';
import { progressBar } from '../progress';
import { withStores } from '../stores-context';
import { globalOptions } from '../global-options';

type ExportCommandOptions = Parameters<typeof eventFilter>[0] & { format: ExportFormat; out?: string };

export function exportCommand(io: CliIo): Command {
  return withEventFilter(new Command('export'))
    .description('stream events of the log as NDJSON or CSV, in log order, in constant memory')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('ndjson'))
    .option('--out <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      `
Time bounds apply to occurredAt unless --time-field recordedAt; --to-time is excluded.
NDJSON lines are whole event envelopes; CSV has one column per envelope field and the data as JSON.

Examples:
  trace export --types UnitMoved --from-time 2026-07-01 --to-time 2026-10-01 --format csv --out q3-moves.csv
  trace export --stream-prefix unit-PUMP-200: | jq -c 'select(.type == "UnitReturned")'`,
    )
    .action((options: ExportCommandOptions, command: Command) => {
      const filter = eventFilter(options);
      const progress = progressBar(io, 'export', globalOptions(command).progress);
      return withStores(io, async (app) => {
        const out = options.out ? createWriteStream(options.out) : io.stdout;
        const stop = new AbortController();
        io.signal.addEventListener('abort', () => stop.abort(), { once: true });
        // A reader that goes away (`trace export | head`) ends the export quietly rather than crashing it.
        let failure: NodeJS.ErrnoException | undefined;
        out.on('error', (error: NodeJS.ErrnoException) => {
          failure = error;
          stop.abort();
        });
        let result: { exported: number; position: number } | undefined;
        try {
          result = await app.get(EventExport).export(filter, out, { format: options.format, signal: stop.signal, onProgress: progress.update });
        } catch (error) {
          if (!failure) throw error;
        } finally {
          progress.stop();
        }
        if (failure && failure.code !== 'EPIPE') throw failure;
        if (options.out) {
          out.end();
          await finished(out);
        }
        if (io.signal.aborted) throw new Interrupted(`export interrupted at position ${result?.position ?? 0}`);
        if (options.out && result) io.stderr.write(`${result.exported} events written to ${options.out}\n`);
      });
    });
}
