import { EventFilter } from '@trace/application';
import { DOMAIN_EVENT_TYPES, INSTANT_RULE, isDomainEventType, parseInstant } from '@trace/domain';
import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './io';

export function instant(value: string): string {
  const parsed = parseInstant(value);
  if (parsed === null) throw new InvalidArgumentError(INSTANT_RULE);
  return parsed;
}

export function positiveInteger(value: string): number {
  if (!/^\d{1,15}$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a whole number from 1');
  return Number(value);
}

/** Comma-separated, and repeatable: `--types A,B --types C`. */
export function list(value: string, previous: string[] = []): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw new InvalidArgumentError('must name at least one value');
  return [...previous, ...items];
}

interface FilterOptions {
  fromTime?: string;
  toTime?: string;
  timeField: 'occurredAt' | 'recordedAt';
  fromPosition?: number;
  types?: string[];
  streamPrefix?: string;
}

/** The options that choose events of the log, shared by export, run-projection and stats. */
export function withEventFilter(command: Command): Command {
  return command
    .option('--from-time <iso>', 'first instant included (ISO 8601 with zone)', instant)
    .option('--to-time <iso>', 'first instant excluded', instant)
    .addOption(new Option('--time-field <field>', 'which time the window applies to').choices(['occurredAt', 'recordedAt']).default('occurredAt'))
    .option('--from-position <n>', 'first log position included', positiveInteger)
    .option('--types <types>', 'only these event types (comma-separated, repeatable)', list)
    .option('--stream-prefix <prefix>', 'only streams starting so, e.g. unit- or unit-PUMP-200: or lot-');
}

export function eventFilter(options: FilterOptions): EventFilter {
  if (options.fromTime && options.toTime && options.fromTime >= options.toTime) throw new UsageError('--from-time must be before --to-time');
  const unknown = (options.types ?? []).filter((type) => !isDomainEventType(type));
  if (unknown.length) throw new UsageError(`--types: no event type ${unknown.join(', ')}; the log has ${DOMAIN_EVENT_TYPES.join(', ')}`);
  return {
    fromTime: options.fromTime,
    toTime: options.toTime,
    timeField: options.timeField,
    fromPosition: options.fromPosition,
    types: options.types,
    streamPrefix: options.streamPrefix,
  };
}
