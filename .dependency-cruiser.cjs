/** Layering rules (see docs/architecture.md, Layering): dependencies point inward, adapters stay behind their ports. */
const ADAPTERS = '^libs/(event-store|read-store)/src/(sqlite|in-memory|mongodb|eventstoredb)/';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain is plain TypeScript: no framework, no database, no other layer.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { pathNot: '^libs/domain/' },
    },
    {
      name: 'projections-see-events-only',
      comment: 'Projections are pure functions of domain events to read-model changes.',
      severity: 'error',
      from: { path: '^projections/', pathNot: '/testing/|\\.spec\\.ts$' },
      to: { pathNot: '^(projections/|libs/domain/|libs/read-store/src/(index|read-store\\.port|read-model)\\.ts$)' },
    },
    {
      name: 'adapters-only-from-the-composition-root',
      comment: 'Only the composition root (and tests) pick adapters; everything else depends on ports.',
      severity: 'error',
      from: { path: '^(apps|libs|projections)/', pathNot: `^libs/composition/|${ADAPTERS}|\\.spec\\.ts$|/testing/|/contract/` },
      to: { path: ADAPTERS },
    },
    {
      name: 'use-cases-speak-no-http',
      comment: 'Commands, queries and handlers raise domain and application errors; only the HTTP edge turns them into statuses.',
      severity: 'error',
      from: { path: '^libs/application/src/.*\\.(command|query|handler)\\.ts$' },
      to: { path: '^libs/http/|node_modules/(express|@nestjs/platform-express)/' },
    },
    {
      name: 'composition-root-speaks-no-http',
      comment: 'Choosing the stores and speaking HTTP are separate concerns, in separate libraries.',
      severity: 'error',
      from: { path: '^libs/composition/' },
      to: { path: '^libs/(http|application)/' },
    },
    {
      name: 'http-edge-picks-no-stores',
      comment: 'The HTTP edge maps errors and guards requests; it knows neither the stores nor the use cases.',
      severity: 'error',
      from: { path: '^libs/http/' },
      to: { path: '^libs/(composition|application|event-store|read-store)/' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^(libs|projections)/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
