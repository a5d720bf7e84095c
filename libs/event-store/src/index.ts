// The port only: adapters are imported by path (`@trace/event-store/sqlite`) from the composition root and tests.
export * from './event-store.port';
