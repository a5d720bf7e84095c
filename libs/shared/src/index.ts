export * from './backoff';
export * from './in-order';
export * from './map-limited';
export * from './seeded-random';
export * from './stable-id';
export * from './store-unavailable';
export * from './two-in-flight';
export * from './read-models-behind';
