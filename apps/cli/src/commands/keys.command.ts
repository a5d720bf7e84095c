import { ApiKeys, serviceContext } from '@trace/application';
import { Role, ROLES, SERVICE_ACTORS } from '@trace/domain';
import { Command, Option } from 'commander';
import { userInfo } from 'node:os';
import { CliIo, print } from '../io';
import { instant } from '../options';
import { withStores } from '../stores-context';
import { table } from '../table';

/** The CLI writes as itself (a name no key can take), on behalf of the user who ran it. */
const cliContext = () => serviceContext(SERVICE_ACTORS.cli, { onBehalfOf: userInfo().username || null });

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function keysCommand(io: CliIo): Command {
  const keys = new Command('keys').description('API keys, where the service runs: issue, list, revoke (recorded in the log, as by the HTTP API)');
  keys
    .command('create')
    .description('issue a key and print it: it is shown this once, only its hash is kept')
    .requiredOption('--name <name>', 'unique name: the actor of everything the key records')
    .addOption(new Option('--role <role>', 'a role of the key (repeatable)').choices(ROLES).argParser(collect).makeOptionMandatory())
    .option('--expires-at <iso>', 'when the key stops working (ISO 8601 with zone, or a date)', instant)
    .option('--json', 'the key and its details as JSON')
    .addHelpText('after', '\nExample:\n  trace keys create --name scanner-7 --role operator')
    .action((options: { name: string; role: Role[]; expiresAt?: string; json?: boolean }) =>
      withStores(io, async (app) => {
        const issued = await app.get(ApiKeys).issue({ name: options.name, roles: options.role, expiresAt: options.expiresAt }, cliContext());
        await print(io, options.json ? `${JSON.stringify(issued, null, 2)}\n` : `${issued.key}\n`);
        if (!options.json) io.stderr.write(`key ${issued.keyId} (${issued.name}: ${issued.roles.join(', ')}) issued; it is printed once and not kept\n`);
      }),
    );
  keys
    .command('list')
    .description('every key: name, roles, state, issue, expiry, revocation (never a secret)')
    .option('--json', 'JSON instead of a table')
    .action((options: { json?: boolean }) =>
      withStores(io, async (app) => {
        const items = await app.get(ApiKeys).list();
        const rows = items.map((key) => ({ ...key, roles: key.roles.join(',') }));
        await print(
          io,
          options.json ? `${JSON.stringify(items, null, 2)}\n` : table(rows, ['keyId', 'name', 'roles', 'state', 'issuedAt', 'expiresAt', 'revokedAt']),
        );
      }),
    );
  keys
    .command('revoke')
    .description('revoke a key: every process refuses it within a second')
    .argument('<keyId>')
    .action((keyId: string) =>
      withStores(io, async (app) => {
        await app.get(ApiKeys).revoke(keyId, cliContext());
        io.stderr.write(`key ${keyId} revoked\n`);
      }),
    );
  return keys;
}
