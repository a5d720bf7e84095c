import { Command } from 'commander';

/** Options of the `trace` program itself, given to every subcommand. */
export interface GlobalOptions {
  /** Draw progress bars on stderr even when it is not a terminal. */
  progress: boolean;
}

export const globalOptions = (command: Command): GlobalOptions => ({ progress: command.optsWithGlobals<{ progress?: boolean }>().progress === true });
