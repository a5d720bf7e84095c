import { ConfigError } from '@trace/config';
import { DomainError, InvalidInput } from '@trace/domain';
import { Command, CommanderError } from 'commander';
import { asOfCommand } from './commands/as-of.command';
import { exportCommand } from './commands/export.command';
import { historyCommand } from './commands/history.command';
import { keysCommand } from './commands/keys.command';
import { replayCommand } from './commands/replay.command';
import { runProjectionCommand } from './commands/run-projection.command';
import { statsCommand } from './commands/stats.command';
import { CliIo, Interrupted, OutputClosed, UsageError } from './io';

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

function program(io: CliIo): Command {
  const trace = new Command('trace')
    .description(
      "Analysts' tool for the traceability event log: history, time travel, export, replay, own projections, stats; API keys.\nUses the same configuration (environment variables) as the service.",
    )
    .option('--progress', 'draw progress bars on stderr even when it is not a terminal')
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .exitOverride()
    .showHelpAfterError('(add --help for usage)');
  for (const command of [
    historyCommand(io),
    asOfCommand(io),
    exportCommand(io),
    replayCommand(io),
    runProjectionCommand(io),
    statsCommand(io),
    keysCommand(io),
  ]) {
    // Subcommands built apart inherit output, exit handling and help-after-error from the program.
    trace.addCommand(command.copyInheritedSettings(trace));
    for (const sub of command.commands) sub.copyInheritedSettings(trace);
  }
  return trace;
}

/** Exit code for a failure, after telling the user what went wrong (commander already told its own). */
function failure(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code) ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof OutputClosed) return EXIT.ok;
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`error: ${message}\n`);
  if (error instanceof Interrupted) return EXIT.interrupted;
  if (error instanceof UsageError || error instanceof InvalidInput || error instanceof ConfigError) return EXIT.usage;
  if (!(error instanceof DomainError) && error instanceof Error && error.stack && io.env.LOG_LEVEL?.toLowerCase() === 'debug')
    io.stderr.write(`${error.stack}\n`);
  return EXIT.failed;
}

/** Runs one CLI invocation; resolves to its exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    await program(io).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return failure(error, io);
  }
}
