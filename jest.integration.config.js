/**
 * `npm run test:integration`: the suites that need a running EventStoreDB and MongoDB (docs/operations.md,
 * "Production stores"), plus the adapters' unit tests. One file at a time: they share the servers.
 */
const base = require('./jest.config');

const SERVERS = ['EVENTSTORE_CONNECTION_STRING', 'MONGODB_URI'];
const missing = SERVERS.filter((name) => !process.env[name]);
if (missing.length) {
  // Jest lists no file whose tests were all skipped, so say here what will not run.
  console.warn(`test:integration: ${missing.join(', ')} not set, so the suites that need ${missing.length > 1 ? 'them' : 'it'} are skipped`);
}

module.exports = {
  ...base,
  testMatch: ['**/src/eventstoredb/**/*.spec.ts', '**/src/mongodb/**/*.spec.ts', '**/production-stores.e2e-spec.ts'],
  testTimeout: 60_000,
};
