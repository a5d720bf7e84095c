import { EventHistory, publicEvent } from '@trace/application';
import { RecordedEvent } from '@trace/event-store';
import { Command } from 'commander';
import { CliIo, print } from '../io';
import { withStores } from '../stores-context';
import { table } from '../table';

const COLUMNS = ['position', 'occurredAt', 'recordedAt', 'stream', 'revision', 'type', 'actor', 'data'] as const;

async function show(io: CliIo, events: RecordedEvent[], json: boolean): Promise<void> {
  if (json) return print(io, `${JSON.stringify(events.map(publicEvent), null, 2)}\n`);
  await print(
    io,
    table(
      events.map((event) => ({ ...event, actor: event.metadata.actor })),
      [...COLUMNS],
    ),
  );
}

export function historyCommand(io: CliIo): Command {
  const history = new Command('history').description('the complete, ordered history of a unit or a lot, from the event log');
  history
    .command('unit')
    .description("a unit's events in order")
    .argument('<sku>')
    .argument('<serial>')
    .option('--json', 'JSON instead of a table')
    .addHelpText('after', '\nExample:\n  trace history unit PUMP-200 SN-0001 --json')
    .action((sku: string, serial: string, options: { json?: boolean }) =>
      withStores(io, async (app) => show(io, await app.get(EventHistory).unit({ sku, serial }), options.json ?? false)),
    );
  history
    .command('lot')
    .description("the lot's events and those of every unit assigned from it, in log order")
    .argument('<lotId>')
    .option('--json', 'JSON instead of a table')
    .addHelpText('after', '\nExample:\n  trace history lot LOT-7')
    .action((lotId: string, options: { json?: boolean }) =>
      withStores(io, async (app) => show(io, await app.get(EventHistory).lot(lotId), options.json ?? false)),
    );
  return history;
}
