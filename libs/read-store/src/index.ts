// The port only: adapters are imported by path (`@trace/read-store/sqlite`) from the composition root and tests.
export * from './read-store.port';
// Generations are port-level: they work the same over any adapter.
export * from './generations';
export * from './read-model';
