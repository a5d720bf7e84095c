const { availableParallelism } = require('node:os');

/** Tests run through SWC (fast, keeps decorator metadata for Nest DI); `npm run typecheck` does the type checking. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

/** jose ships ES modules only: Node loads them with require(), Jest's loader needs them turned into CommonJS. */
const esmPackages = ['jose'];
const swcJs = { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } };

module.exports = {
  testEnvironment: 'node',
  // Jest's default (one worker fewer than the cores) is one worker on a 2-core CI machine; the suites spend much of
  // their time waiting on the services and processes they start, so two workers there took ~230 s instead of ~360 s.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/projections', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc], [`/node_modules/(${esmPackages.join('|')})/.+\\.js$`]: ['@swc/jest', swcJs] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@trace/(event-store|read-store|shared)/(.+)$': '<rootDir>/libs/$1/src/$2',
    '^@trace/projections$': '<rootDir>/projections',
    '^@trace/(domain|application|event-store|read-store|config|http|composition|projector|shared)$': '<rootDir>/libs/$1/src',
  },
};
