export * from './event-store.port';
export * from './sqlite/sqlite-event-store';
export * from './in-memory/in-memory-event-store';
