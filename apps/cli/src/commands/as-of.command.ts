import { TimeClock, TimeTravel, UnitWhereabouts } from '@trace/application';
import { UNIT_STATUSES, UnitStatus } from '@trace/domain';
import { Argument, Command, Option } from 'commander';
import { CliIo, print, UsageError } from '../io';
import { instant } from '../options';
import { withStores } from '../stores-context';
import { table } from '../table';

const COLUMNS: Array<keyof UnitWhereabouts> = [
  'sku',
  'serial',
  'status',
  'location',
  'custodian',
  'customer',
  'destination',
  'installedIn',
  'container',
  'lastEventAt',
];

interface AsOfOptions {
  knownAt?: string;
  status?: UnitStatus;
  location?: string;
  json?: boolean;
}

/** Every unit of the lot at the clock's time, page after page of the lot's membership. */
async function lotUnits(timeTravel: TimeTravel, lotId: string, clock: TimeClock, options: AsOfOptions): Promise<UnitWhereabouts[]> {
  const units: UnitWhereabouts[] = [];
  let cursor: string | undefined;
  do {
    const page = await timeTravel.lotUnits(lotId, clock, { limit: 1000, cursor, status: options.status, location: options.location });
    units.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return units;
}

export function asOfCommand(io: CliIo): Command {
  return new Command('as-of')
    .description('where a unit, or each unit of a lot, was at an instant: as it happened, or as we knew it then (--known-at)')
    .argument('<timestamp>', 'the instant (ISO 8601 with zone, or a date)', instant)
    .addArgument(new Argument('<what>', 'unit or lot').choices(['unit', 'lot']))
    .argument('<ids...>', 'SKU and serial of the unit, or the lot id')
    .option('--known-at <iso>', 'count only events recorded by this instant (what we knew then)', instant)
    .addOption(new Option('--status <status>', 'for a lot: only units with this status at that instant').choices(UNIT_STATUSES))
    .option('--location <location>', 'for a lot: only units at this location at that instant')
    .option('--json', 'JSON instead of a table')
    .addHelpText(
      'after',
      `
By default the state is "as it happened": events that occurred by <timestamp>, in the order they occurred
(ties in log order). With --known-at, only events recorded by then count: "as we knew it then".

Examples:
  trace as-of 2026-03-03T12:00:00Z unit PUMP-200 SN-0001
  trace as-of 2026-03-03 lot LOT-7 --known-at 2026-03-04T00:00:00Z --json`,
    )
    .action((asOf: string, what: 'unit' | 'lot', ids: string[], options: AsOfOptions) => {
      const arity = what === 'unit' ? 2 : 1;
      if (ids.length !== arity) throw new UsageError(what === 'unit' ? 'as-of … unit needs <sku> <serial>' : 'as-of … lot needs <lotId>');
      const clock: TimeClock = { asOf, knownAt: options.knownAt };
      return withStores(io, async (app) => {
        const timeTravel = app.get(TimeTravel);
        const units = what === 'unit' ? [await timeTravel.unit({ sku: ids[0], serial: ids[1] }, clock)] : await lotUnits(timeTravel, ids[0], clock, options);
        if (options.json) return print(io, `${JSON.stringify(what === 'unit' ? units[0] : units, null, 2)}\n`);
        await print(io, table(units, COLUMNS));
      });
    });
}
